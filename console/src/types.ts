// Wire types of the staff endpoints of the Agora API (see /v1/admin/*).

export type Money = {
  /** Integer amount in minor units (cents for EUR, yen for JPY). */
  amount: number;
  currency: string;
};

export type StaffRole = "admin" | "moderator" | "arbitrator" | "analyst";
export const STAFF_ROLES: readonly StaffRole[] = ["admin", "moderator", "arbitrator", "analyst"];

export type User = {
  id: string;
  email: string;
  display_name: string;
  roles: string[];
  created_at: string;
};

/** Staff permissions as the API names them (api/src/modules/platform/staff/permissions.ts; GET /v1/admin/me). */
export type Permission =
  | "orders.read"
  | "fraud_cases.read"
  | "fraud_cases.decide"
  | "reports.read"
  | "reports.decide"
  | "users.read"
  | "users.moderate"
  | "identity.review"
  | "listings.moderate"
  | "reviews.moderate"
  | "disputes.read"
  | "disputes.resolve"
  | "audit.read"
  | "metrics.read"
  | "staff.self"
  | "staff.manage_roles"
  | "dashboards.read"
  | "analytics.query"
  | "models.read"
  | "models.manage";

/** GET /v1/admin/me: the signed-in staff member and what the API lets them do. */
export type Me = Omit<User, "created_at"> & { permissions: Permission[] };

export const ORDER_STATUSES = [
  "initiated",
  "pending_payment",
  "paid",
  "shipped",
  "delivered",
  "completed",
  "disputed",
  "refunded",
  "cancelled",
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export type RiskDecision = "allow" | "review" | "block";

export type Order = {
  id: string;
  listing_id: string;
  listing_title: string;
  buyer_id: string;
  seller_id: string;
  amount: Money;
  status: OrderStatus;
  risk_score: number | null;
  risk_decision: RiskDecision | null;
  created_at: string;
  updated_at: string;
};

export type FraudCaseStatus = "open" | "closed";
export type FraudDecision = "clear" | "confirm_fraud";
export type FraudCaseInbox = "unassigned" | "mine" | "all";

/** Training labels a decision closes a case with (ClosingLabel in api/src/db/schema.ts). */
export const CLOSING_LABELS = ["stolen_card", "account_takeover", "friendly_fraud", "collusion", "false_positive", "other"] as const;
export type ClosingLabel = (typeof CLOSING_LABELS)[number];

/** payment: opened by the payment-time score about its order; stream: by a stream detector about accounts. */
export type FraudCaseSource = "payment" | "stream";

/** A stream case's evidence (api/src/modules/risk/stream-scoring/detector.ts): the window, counts and rows behind it. */
export type StreamEvidence = {
  window: { from: string; to: string };
  counts: Record<string, number>;
  thresholds: Record<string, number>;
  accounts: { user_id: string; role: string; orders?: number; reviews?: number }[];
  orders?: { order_id: string; buyer_id: string; seller_id: string; amount: Money; paid_at: string }[];
  reviews?: { review_id: string; order_id: string; author_id: string; subject_id: string; rating: number; submitted_at: string }[];
  link?: { kind: "device" | "card"; hash: string };
};

export type FraudCase = {
  id: string;
  /** Null for stream cases. */
  order_id: string | null;
  subject_user_id: string;
  status: FraudCaseStatus;
  reason: string;
  risk_score: number;
  model_version: string;
  decision: FraudDecision | null;
  decision_note: string | null;
  decided_by: string | null;
  decided_at: string | null;
  closing_label: ClosingLabel | null;
  assignee_id: string | null;
  snoozed_until: string | null;
  created_at: string;
  source: FraudCaseSource;
  detector: string | null;
  evidence: StreamEvidence | null;
  order: { amount: Money; status: OrderStatus; listing_title: string } | null;
};

export type ReviewStatus = "published" | "flagged" | "removed";
export type ReviewDecision = "publish" | "remove";

/** GET /v1/admin/reviews: a review with its parties, order and moderation state. */
export type Review = {
  id: string;
  order_id: string;
  author_id: string;
  author_name: string;
  subject_id: string;
  subject_name: string;
  author_role: "buyer" | "seller";
  listing_title: string;
  rating: number;
  item_as_described: number | null;
  communication: number;
  shipping: number | null;
  payment: number | null;
  text: string;
  status: ReviewStatus;
  flags: string[];
  visible_at: string;
  reply: string | null;
  replied_at: string | null;
  removed_reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
};

/** GET /v1/users/{id}/reputation: a Bayesian average over visible, unremoved reviews. */
export type Reputation = {
  user_id: string;
  score: number;
  count: number;
  average: number | null;
  sub_ratings: { item_as_described: number | null; communication: number | null; shipping: number | null; payment: number | null };
  prior: { mean: number; weight: number };
};


/** GET /v1/admin/fraud-cases/{id}/timeline, oldest first. */
export type TimelineEntry = {
  at: string;
  kind: "note" | "audit" | "order_status" | "payment_attempt";
  actor_id: string | null;
  summary: string;
  details: Record<string, unknown>;
};

/** POST /v1/admin/fraud-cases/{id}/notes. */
export type FraudCaseNote = { id: string; case_id: string; author_id: string; body: string; created_at: string };

/** GET /v1/admin/users (search results). */
export type UserListItem = {
  id: string;
  email: string;
  display_name: string;
  roles: string[];
  suspended_at: string | null;
  created_at: string;
};

/** GET /v1/admin/users/{id}. */
export type UserDetail = UserListItem & {
  permissions: Permission[];
  moderation: { suspended_at: string | null; payouts_frozen: boolean; warnings: number };
};

export type ModerationActionKind = "warn" | "suspend" | "reinstate";

export type ModerationAction = {
  id: string;
  user_id: string;
  action: ModerationActionKind;
  reason: string;
  staff_id: string;
  created_at: string;
};

/** POST /v1/admin/users/{id}/{warn|suspend|reinstate}: the new state and the recorded action. */
export type ModerationResult = { user_id: string; suspended_at: string | null; payouts_frozen: boolean; action: ModerationAction };

/** GET /v1/admin/users/{id}/moderation, oldest first. */
export type ModerationHistory = { user_id: string; suspended_at: string | null; payouts_frozen: boolean; data: ModerationAction[] };

/** GET /v1/admin/users/{id}/reports: filed `by` the user or `against` them or their listings. */
export type UserReport = {
  id: string;
  reporter_id: string;
  target_type: ReportTargetType;
  target_id: string;
  reason: string;
  note: string | null;
  status: "open" | "actioned" | "dismissed";
  created_at: string;
  relation: "by" | "against";
};

/** GET /v1/admin/audit and /v1/admin/timeline/{type}/{id}, newest first. */
export type AuditEntry = {
  id: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  details: Record<string, unknown>;
  created_at: string;
  seq: string | null;
  sealed: boolean;
};

export type CursorPage<T> = { data: T[]; next_cursor: string | null };

export type DisputeStatus = "awaiting_seller" | "under_review" | "resolved";
export type DisputeResolution = "refund" | "release" | "split";

export type Message = { id: string; author_id: string; body: string; created_at: string };

export type Evidence = {
  id: string;
  author_id: string;
  kind: "text" | "file";
  text: string | null;
  filename: string | null;
  content_type: "application/pdf" | "image/jpeg" | "image/png" | null;
  size_bytes: number | null;
  created_at: string;
};

/** GET /v1/admin/disputes (a queue row) and the head of GET /v1/admin/disputes/{id}. */
export type Dispute = {
  id: string;
  order_id: string;
  status: DisputeStatus;
  reason: string;
  description: string;
  amount: Money;
  opened_by: string;
  buyer_id: string;
  seller_id: string;
  listing_title: string;
  seller_response_due_at: string;
  seller_responded_at: string | null;
  evidence_due_at: string;
  assigned_arbitrator_id: string | null;
  assigned_at: string | null;
  sla_due_at: string | null;
  sla_breached: boolean;
  resolution: DisputeResolution | null;
  refund_amount: Money | null;
  resolved_by: string | null;
  resolved_at: string | null;
  resolution_note: string | null;
  created_at: string;
  updated_at: string;
};

/** The evidence pack the API assembles for arbitrators. */
export type DisputePack = {
  order: { id: string; status: OrderStatus; amount: Money; fee: Money; refunded: Money; created_at: string };
  transitions: { from: string | null; to: string; actor: string; actor_id: string | null; reason: string | null; at: string }[];
  payment: {
    risk_score: number | null;
    risk_decision: RiskDecision | null;
    attempts: { id: string; attempt: number; payment_method: string; amount: Money; status: string; decline_code: string | null; created_at: string; finished_at: string | null }[];
  };
  fraud_cases: { id: string; status: string; reason: string; risk_score: number; decision: FraudDecision | null; decided_at: string | null; created_at: string }[];
  shipment: { carrier: string | null; tracking_number: string | null; shipped_at: string | null; delivered_at: string | null };
  messages: { order: Message[]; dispute: Message[] };
  evidence: Evidence[];
};

export type DisputeDetail = Dispute & { pack: DisputePack };

export type SalesInterval = "hour" | "day";

export type SalesBucket = {
  bucket: string;
  currency: string;
  orders: number;
  /** Gross merchandise value in minor units of `currency`. */
  gmv: number;
};

export type SalesMetrics = {
  interval: SalesInterval;
  from: string;
  to: string;
  buckets: SalesBucket[];
};

/** RFC 9457 problem details as the API renders them. */
export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: { field: string; message: string }[];
};

// Moderation queues (listings, reports, identity documents).

export type ListingStatus = "active" | "reserved" | "sold" | "removed" | "pending_review" | "changes_requested" | "rejected";
export type ListingDecision = "approve" | "request_changes" | "reject";
export type ListingFlag = "new_seller" | "prohibited_item" | "contact_details" | "price_far_below_median" | "reported";

/** GET /v1/admin/listings: a listing in the review queue. */
export type QueuedListing = {
  id: string;
  title: string;
  description: string;
  price: Money;
  category: string;
  status: ListingStatus;
  moderation_note: string | null;
  flags: ListingFlag[];
  open_reports: number;
  seller: { id: string; display_name: string; email: string };
  created_at: string;
  updated_at: string;
};

/** POST /v1/admin/{listings,reviews}/bulk-decision: a batch (null when nothing applied) and what it skipped. */
export type BulkDecisionResult = {
  batch_id: string | null;
  applied: string[];
  skipped: { id: string; reason: string }[];
};

/** POST /v1/admin/{listings,reviews}/bulk-decision/{id}/undo. */
export type UndoResult = { batch_id: string; restored: string[]; skipped: { id: string; reason: string }[] };

export type ReportStatus = "open" | "actioned" | "dismissed";
export type ReportAction = "remove_listing" | "request_changes" | "warn_user" | "suspend_user" | "remove_review";
export type ReportTargetType = "listing" | "user" | "message" | "review";

/** GET /v1/admin/reports. */
export type Report = {
  id: string;
  reporter_id: string;
  target_type: ReportTargetType;
  target_id: string;
  /** The reported user, the listing's seller, or the review's or message's author. */
  target_owner_id: string | null;
  /** The user's name, the listing's title, the review's text or the message's body. */
  target_excerpt: string | null;
  reason: string;
  note: string | null;
  status: ReportStatus;
  action: ReportAction | null;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
  open_reports_on_target: number;
  created_at: string;
};

export type IdentityDocumentStatus = "submitted" | "approved" | "rejected";

/** GET /v1/admin/identity-documents (metadata only). */
export type IdentityDocument = {
  id: string;
  kind: "passport" | "id_card" | "driving_licence";
  content_type: "application/pdf" | "image/jpeg" | "image/png";
  size_bytes: number;
  status: IdentityDocumentStatus;
  review_reason: string | null;
  reviewed_at: string | null;
  created_at: string;
  user: { id: string; email: string; display_name: string; identity_verified_at: string | null };
};

/** A parameter of an analyst dashboard; `type` is its ClickHouse type (GET /v1/admin/dashboards). */
export type DashboardParam = {
  name: string;
  type: string;
  description: string;
  default: string | null;
  one_of: string[] | null;
};

export type DashboardSummary = {
  name: string;
  title: string;
  question: string;
  notes: string;
  params: DashboardParam[];
};

/** Columns with their ClickHouse types, and the rows (a dashboard run or an analyst query). */
export type QueryResult = {
  columns: { name: string; type: string }[];
  rows: Record<string, unknown>[];
};

export type AnalystQueryResult = QueryResult & { truncated: boolean; max_rows: number };

/** GET /v1/admin/models: a registered fraud model version. */
export type ModelStatus = "active" | "shadow" | "retired";
export type ModelVersion = {
  version: string;
  status: ModelStatus;
  file: string;
  sha256: string;
  feature_names: string[];
  created_at: string;
  updated_at: string;
  /** The committed evaluation: `model` holds held-out metrics (roc_auc, pr_auc, recall_at_1pct_fpr…). */
  evaluation: Record<string, unknown> | null;
};
