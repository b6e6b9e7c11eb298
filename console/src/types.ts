// The API's wire types, by the names the console uses: aliases of the types generated from the
// OpenAPI document (api-types.ts, `npm run openapi:types`), never copied by hand. Console-only types
// (lists for filters, shared shapes) follow them.
import type { components } from './api-types';

type Schemas = components['schemas'];

export type Money = Schemas['Money'];
export type User = Schemas['User'];
/** A staff permission (GET /v1/admin/me). */
export type Permission = Schemas['Permission'];
/** GET /v1/admin/me: the signed-in staff member and what the API lets them do. */
export type Me = Schemas['StaffSelf'];
/** POST /v1/auth/console-session with two-step verification on: the challenge the code answers. */
export type TwoFactorChallenge = Schemas['TwoFactorChallenge'];
/** GET /v1/me/2fa. */
export type TwoFactorStatus = Schemas['TwoFactorStatus'];
/** POST /v1/me/2fa/totp: the secret to add to an authenticator app. */
export type TotpEnrolment = Schemas['TotpEnrolment'];
/** POST /v1/me/2fa/totp/confirm: the recovery codes, shown once. */
export type RecoveryCodes = Schemas['RecoveryCodes'];

/** GET /v1/admin/orders: an order with its listing and risk. */
export type Order = Schemas['AdminOrder'];
export type OrderStatus = Schemas['Order']['status'];
export type RiskDecision = NonNullable<Order['risk_decision']>;

export type FraudCase = Schemas['FraudCase'];
export type FraudCaseStatus = FraudCase['status'];
export type FraudDecision = NonNullable<FraudCase['decision']>;
export type ClosingLabel = NonNullable<FraudCase['closing_label']>;
/** payment: opened by the payment-time score about its order; stream: by a stream detector about accounts; seller_risk: by the seller score at payout. */
export type FraudCaseSource = FraudCase['source'];
/** A stream case's evidence: the window, counts and rows behind it. */
export type StreamEvidence = Schemas['StreamEvidence'];
/** A seller-risk case's evidence: the payout score that opened it and its reasons in words. */
export type SellerRiskEvidence = Schemas['SellerRiskEvidence'];
/** GET /v1/admin/fraud-cases/{id}/timeline, oldest first. */
export type TimelineEntry = Schemas['FraudCaseTimelineEntry'];
/** POST /v1/admin/fraud-cases/{id}/notes. */
export type FraudCaseNote = Schemas['FraudCaseNote'];

/** GET /v1/admin/reviews: a review with its parties, order and moderation state. */
export type Review = Schemas['AdminReview'];
export type ReviewStatus = Review['status'];
/** GET /v1/users/{id}/reputation: a Bayesian average over visible, unremoved reviews. */
export type Reputation = Schemas['Reputation'];

/** GET /v1/admin/users (search results). */
export type UserListItem = Schemas['UserListItem'];
/** GET /v1/admin/users/{id}. */
export type UserDetail = Schemas['UserDetail'];
export type ModerationAction = Schemas['ModerationAction'];
export type ModerationActionKind = ModerationAction['action'];
/** POST /v1/admin/users/{id}/{warn|suspend|reinstate}: the new state and the recorded action. */
export type ModerationResult = Schemas['ModerationState'];
/** GET /v1/admin/users/{id}/moderation, oldest first. */
export type ModerationHistory = Schemas['ModerationHistory'];
/** GET /v1/admin/users/{id}/reports: filed `by` the user or `against` them or their listings. */
export type UserReport = Schemas['UserReport'];

/** GET /v1/admin/audit and /v1/admin/timeline/{type}/{id}, newest first. */
export type AuditEntry = Schemas['AuditEntry'];

/** GET /v1/admin/disputes (a queue row) and the head of GET /v1/admin/disputes/{id}. */
export type Dispute = Schemas['StaffDispute'];
export type DisputeStatus = Dispute['status'];
export type DisputeResolution = NonNullable<Dispute['resolution']>;
export type Message = Schemas['Message'];
export type Evidence = Schemas['Evidence'];
/** The evidence pack the API assembles for arbitrators. */
export type DisputePack = Schemas['EvidencePack'];
export type DisputeDetail = Schemas['StaffDisputeDetail'];

export type SalesMetrics = Schemas['SalesMetrics'];
export type SalesInterval = SalesMetrics['interval'];
export type SalesBucket = SalesMetrics['buckets'][number];

/** RFC 9457 problem details as the API renders them. */
export type Problem = Schemas['Problem'];

/** GET /v1/admin/listings: a listing in the review queue. */
export type QueuedListing = Schemas['QueuedListing'];
export type ListingStatus = Schemas['Listing']['status'];
export type ListingFlag = QueuedListing['flags'][number];
/** A listing's photo in the review queue: variants, the safety verdict, and the other listing it matches. */
export type ReviewImage = Schemas['ReviewImage'];
/** POST /v1/admin/{listings,reviews}/bulk-decision: a batch (null when nothing applied) and what it skipped. */
export type BulkDecisionResult = Schemas['ListingBulkDecisionResult'] | Schemas['ReviewBulkDecisionResult'];
/** POST /v1/admin/{listings,reviews}/bulk-decision/{id}/undo. */
export type UndoResult = Schemas['ListingBulkUndoResult'] | Schemas['ReviewBulkUndoResult'];

/** GET /v1/admin/reports. */
export type Report = Schemas['QueuedReport'];
export type ReportStatus = Report['status'];
export type ReportAction = NonNullable<Report['action']>;
export type ReportTargetType = Report['target_type'];

/** GET /v1/admin/conversations (flagged by the off-platform detector). */
export type StaffConversation = Schemas['StaffConversation'];
/** A message as staff see it: author name, images and the detector's warnings. */
export type StaffMessage = Schemas['StaffConversationMessage'];
/** GET /v1/admin/conversations/{id}. */
export type StaffConversationDetail = StaffConversation & { messages: StaffMessage[] };
/** GET /v1/admin/reports/{id}/context: the reported message among its neighbours. */
export type MessageContext = Schemas['MessageContext'];

/** GET /v1/admin/identity-documents (metadata only). */
export type IdentityDocument = Schemas['QueuedIdentityDocument'];
export type IdentityDocumentStatus = IdentityDocument['status'];

/** A parameter of an analyst dashboard; `type` is its ClickHouse type (GET /v1/admin/dashboards). */
export type DashboardParam = Schemas['DashboardParam'];
export type DashboardSummary = Schemas['DashboardSummary'];
/** Columns with their ClickHouse types, and the rows (a dashboard run or an analyst query). */
export type QueryResult = Pick<Schemas['DashboardResult'], 'columns' | 'rows'>;
export type AnalystQueryResult = Schemas['AnalystQueryResult'];

/** GET /v1/admin/models: a registered fraud model version. */
export type ModelVersion = Schemas['ModelVersion'];
export type ModelStatus = ModelVersion['status'];
/** GET /v1/admin/models/{version}/monitoring: how a version does in production, with its recent alerts. */
export type ModelMonitoring = Schemas['ModelMonitoring'];
export type ModelFigures = Schemas['ModelFigures'];
/** The reasons of a score, in words (a fraud case's `risk_reasons`). */
export type RiskReason = FraudCase['risk_reasons'][number];

// Console-only: lists the pages offer as filters and choices, and shapes shared by its lists.

export type StaffRole = 'admin' | 'moderator' | 'arbitrator' | 'analyst';
export const STAFF_ROLES: readonly StaffRole[] = ['admin', 'moderator', 'arbitrator', 'analyst'];

export const ORDER_STATUSES = [
  'initiated',
  'pending_payment',
  'paid',
  'shipped',
  'delivered',
  'completed',
  'disputed',
  'refunded',
  'cancelled',
] as const satisfies readonly OrderStatus[];

export type FraudCaseInbox = 'unassigned' | 'mine' | 'all';

/** Training labels a decision closes a case with. */
export const CLOSING_LABELS = ['stolen_card', 'account_takeover', 'friendly_fraud', 'collusion', 'false_positive', 'other'] as const satisfies readonly ClosingLabel[];

export type ReviewDecision = 'publish' | 'remove';
export type ListingDecision = 'approve' | 'request_changes' | 'reject';

export type CursorPage<T> = { data: T[]; next_cursor: string | null };
