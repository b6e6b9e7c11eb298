import type { OutboxTable } from '@agora/analytics';
import type { RiskReason } from '@agora/fraud-models';
import type { ColumnType, Generated, GeneratedAlways, Selectable } from 'kysely';

// Hand-written table types, one interface per table, matching migrations/ column for column.
// bigint columns come back from pg as strings; money columns are parsed in the repositories.
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type BigIntColumn = ColumnType<string, number | bigint | string, number | bigint | string>;
// A NOT NULL json/jsonb column: read as unknown (the reader narrows it), written as any value but null.
type JsonColumn = ColumnType<unknown, NonNullable<unknown>, NonNullable<unknown>>;

export interface UsersTable {
  id: Generated<string>;
  email: string;
  password_hash: string;
  display_name: string;
  roles: ColumnType<string[], string[] | undefined, string[]>;
  payouts_frozen: Generated<boolean>;
  suspended_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  identity_verified_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  payout_schedule: ColumnType<'manual' | 'daily' | 'weekly', 'manual' | 'daily' | 'weekly' | undefined, 'manual' | 'daily' | 'weekly'>;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
  email_verified_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The language mail is written in. */
  locale: ColumnType<Locale, Locale | undefined, Locale>;
  /** When the account was deleted: the row stays, pseudonymised, for what must outlive it (orders, ledger, audit). */
  deleted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export type Locale = 'en' | 'fr';

export interface SessionsTable {
  id: Generated<string>;
  user_id: string;
  token_hash: Buffer;
  created_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  /** A console session ends this long after `last_seen_at`; null for app tokens (no idle limit). */
  idle_seconds: number | null;
  last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
  /** When the owner last proved who they are on this session (password, or second factor when enrolled). */
  stepped_up_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  user_agent: ColumnType<string | null, string | null | undefined, string | null>;
  /** The /24 (IPv4) or /48 (IPv6) the session was opened from, never the full address. */
  network: ColumnType<string | null, string | null | undefined, string | null>;
}

export type AccountTokenPurpose = 'verify_email' | 'reset_password' | 'change_email';

export interface AccountTokensTable {
  id: Generated<string>;
  user_id: string;
  purpose: AccountTokenPurpose;
  token_hash: Buffer;
  email: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** A user's authenticator: the TOTP secret sealed with the keyring (envelope, like payout_details). */
export interface TotpCredentialsTable {
  user_id: string;
  key_id: string;
  wrapped_key: Buffer;
  secret_enc: Buffer;
  created_at: Timestamp;
  /** Null while enrolment waits for the first code. */
  confirmed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The last TOTP time step accepted: a code of that step or an earlier one is refused (replay). */
  last_used_step: ColumnType<string | null, number | bigint | string | null | undefined, number | bigint | string | null>;
}

export interface RecoveryCodesTable {
  id: Generated<string>;
  user_id: string;
  code_hash: Buffer;
  created_at: Timestamp;
  used_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** The second step of a sign-in: the password was right, a code is still owed. */
export interface LoginChallengesTable {
  id: Generated<string>;
  user_id: string;
  token_hash: Buffer;
  kind: 'app' | 'console';
  created_at: Timestamp;
  expires_at: Timestamp;
  attempts: Generated<number>;
  used_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  user_agent: ColumnType<string | null, string | null | undefined, string | null>;
  network: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SecurityEventsTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  network: string | null;
  user_agent: string | null;
  details: JsonColumn;
  created_at: Timestamp;
}

export interface ListingsTable {
  id: Generated<string>;
  seller_id: string;
  title: string;
  description: string;
  price_amount: BigIntColumn;
  currency: string;
  category: string;
  status: ListingStatus;
  moderation_flags: ColumnType<string[], string[] | undefined, string[]>;
  moderation_note: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  condition: ColumnType<ListingCondition, ListingCondition | undefined, ListingCondition>;
  /** Category attributes (brand, size…), validated against the category tree's definitions. */
  attributes: ColumnType<Record<string, string | number>, Record<string, string | number> | undefined, Record<string, string | number>>;
  /** An approximate place: a city's name, and a point blurred to about 1 km — never the seller's address. */
  place: string | null;
  lat: number | null;
  lng: number | null;
  /** Full-text vector (config `agora`: accents folded, English stems) of title (weight A) and description (B), computed by Postgres (GENERATED ALWAYS … STORED). */
  search: GeneratedAlways<string | null>;
  /** agora_fold(title), stored (GENERATED ALWAYS … STORED): what the typo fallback's trigram index and ranking read. */
  title_folded: GeneratedAlways<string | null>;
  /** How it is sold: at its price, or by auction (then orders and offers refuse it; marketplace/auctions sells it). */
  sale_format: Generated<SaleFormat>;
}

export type SaleFormat = 'fixed' | 'auction';

export type ListingStatus = 'draft' | 'active' | 'reserved' | 'sold' | 'withdrawn' | 'removed' | 'pending_review' | 'changes_requested' | 'rejected';
export type ListingCondition = 'new' | 'like_new' | 'good' | 'fair';
export type ListingDecision = 'approve' | 'request_changes' | 'reject';

/** A queue row for alerts: a listing went public or got cheaper (same currency). Deleted when taken. */
export interface ListingChangesTable {
  id: Generated<string>;
  listing_id: string;
  kind: 'published' | 'price_drop';
  /** The price before a drop; null when published. */
  old_amount: ColumnType<string | null, number | bigint | string | null, never>;
  new_amount: BigIntColumn;
  currency: string;
  at: Timestamp;
}

/** Every price a listing had, append-only: its first at creation, then one per change. */
export interface ListingPriceHistoryTable {
  id: Generated<string>;
  listing_id: string;
  amount: BigIntColumn;
  currency: string;
  changed_by: string;
  changed_at: Timestamp;
}

export interface ListingDecisionBatchesTable {
  id: Generated<string>;
  staff_id: string;
  decision: ListingDecision;
  created_at: Timestamp;
  undone_at: Timestamp | null;
  undone_by: string | null;
}

export interface ListingDecisionsTable {
  id: Generated<string>;
  listing_id: string;
  batch_id: string | null;
  /** `remove` comes from an actioned report, `undo` from undoing a bulk decision. */
  decision: ListingDecision | 'remove' | 'undo';
  note: string | null;
  previous_status: ListingStatus;
  previous_note: string | null;
  new_status: ListingStatus;
  staff_id: string;
  created_at: Timestamp;
}

export interface OrdersTable {
  id: Generated<string>;
  listing_id: string;
  buyer_id: string;
  seller_id: string;
  amount: BigIntColumn;
  currency: string;
  category: string;
  fee_amount: BigIntColumn;
  status: string;
  payment_ref: string | null;
  risk_score: number | null;
  risk_decision: string | null;
  carrier: string | null;
  tracking_number: string | null;
  funds_released: Generated<boolean>;
  funds_held: Generated<boolean>;
  refunded_amount: ColumnType<string, number | string | undefined, number | string>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** When the order first completed (set once by recordTransition, never cleared). */
  completed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface OrderStatusHistoryTable {
  id: Generated<string>;
  order_id: string;
  from_status: string | null;
  to_status: string;
  actor_type: 'buyer' | 'seller' | 'staff' | 'system';
  actor_id: string | null;
  reason: string | null;
  created_at: Timestamp;
}

export interface LedgerAccountsTable {
  id: Generated<string>;
  code: string;
  currency: string;
  kind: 'external' | 'escrow' | 'escrow_fee' | 'available' | 'platform_fee';
  owner_id: string | null;
  order_id: string | null;
}

export interface LedgerTransactionsTable {
  id: Generated<string>;
  kind: string;
  order_id: string | null;
  reference: string | null;
  created_at: Timestamp;
}

export interface LedgerPostingsTable {
  id: Generated<string>;
  transaction_id: string;
  account_id: string;
  amount: BigIntColumn;
  currency: string;
}

export interface FraudCasesTable {
  id: Generated<string>;
  /** Null only for stream cases (about accounts, not one order). */
  order_id: string | null;
  subject_user_id: string;
  status: 'open' | 'closed';
  reason: string;
  risk_score: number;
  model_version: string;
  decision: 'clear' | 'confirm_fraud' | null;
  decision_note: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  created_at: Timestamp;
  assignee_id: ColumnType<string | null, string | null | undefined, string | null>;
  snoozed_until: ColumnType<Date | null, Date | null | undefined, Date | null>;
  closing_label: ColumnType<ClosingLabel | null, ClosingLabel | null | undefined, ClosingLabel | null>;
  source: ColumnType<FraudCaseSource, FraudCaseSource | undefined, never>;
  detector: ColumnType<string | null, string | null | undefined, never>;
  subject_key: ColumnType<string | null, string | null | undefined, never>;
  evidence: ColumnType<unknown, string | null | undefined, never>;
}

export type FraudCaseSource = 'payment' | 'stream' | 'seller_risk';

export const CLOSING_LABELS = ['stolen_card', 'account_takeover', 'friendly_fraud', 'collusion', 'false_positive', 'other'] as const;
export type ClosingLabel = (typeof CLOSING_LABELS)[number];

export interface FraudCaseNotesTable {
  id: Generated<string>;
  case_id: string;
  author_id: string;
  body: string;
  created_at: Timestamp;
}

export type ReportTargetType = 'listing' | 'user' | 'message' | 'review';
export type ReportReason = 'spam' | 'prohibited_item' | 'counterfeit' | 'fraud' | 'harassment' | 'offensive' | 'other';
export type ReportStatus = 'open' | 'actioned' | 'dismissed';
export type ReportAction = 'remove_listing' | 'request_changes' | 'warn_user' | 'suspend_user' | 'remove_review';

export interface ReportsTable {
  id: Generated<string>;
  reporter_id: string;
  target_type: ReportTargetType;
  target_id: string;
  reason: ReportReason;
  note: string | null;
  status: ReportStatus;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_note: string | null;
  action: ReportAction | null;
  created_at: Timestamp;
}

export type ModerationAction = 'warn' | 'suspend' | 'reinstate';

export interface UserModerationActionsTable {
  id: Generated<string>;
  user_id: string;
  action: ModerationAction;
  reason: string;
  staff_id: string;
  created_at: Timestamp;
}

export type ReviewStatus = 'published' | 'flagged' | 'removed';
export type ReviewRole = 'buyer' | 'seller';

export interface ReviewsTable {
  id: Generated<string>;
  order_id: string;
  author_id: string;
  subject_id: string;
  author_role: ReviewRole;
  rating: number;
  item_as_described: number | null;
  communication: number;
  shipping: number | null;
  payment: number | null;
  text: string;
  status: ReviewStatus;
  visible_at: Timestamp;
  reply: string | null;
  replied_at: Timestamp | null;
  flags: ColumnType<string[], string[] | undefined, string[]>;
  removed_reason: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  created_at: Timestamp;
}

export type ReviewDecisionKind = 'publish' | 'remove';

export interface ReviewDecisionBatchesTable {
  id: Generated<string>;
  decision: ReviewDecisionKind;
  reason: string | null;
  staff_id: string;
  created_at: Timestamp;
  undone_by: string | null;
  undone_at: Timestamp | null;
}

/** Each reviewed user's average rating, recomputed from `reviews` by the worker: what search filters and shows. */
export interface SellerRatingsTable {
  user_id: string;
  review_count: number;
  average: number;
  refreshed_at: Timestamp;
}

export interface ReviewDecisionsTable {
  id: Generated<string>;
  seq: GeneratedAlways<string>;
  review_id: string;
  batch_id: string | null;
  decision: ReviewDecisionKind | 'undo';
  from_status: ReviewStatus;
  from_removed_reason: string | null;
  to_status: ReviewStatus;
  reason: string | null;
  staff_id: string;
  created_at: Timestamp;
}

export type FingerprintKind = 'device' | 'card';

export interface UserFingerprintsTable {
  id: Generated<string>;
  user_id: string;
  kind: FingerprintKind;
  hash: string;
  first_seen_at: Timestamp;
  last_seen_at: Timestamp;
}

export interface IdempotencyKeysTable {
  user_id: string;
  key: string;
  request_hash: string;
  locked_until: Timestamp | null;
  response_status: number | null;
  response_body: unknown;
  created_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  details: JsonColumn;
  created_at: Timestamp;
  // NULL until the sealer chains the entry (all three together).
  seq: BigIntColumn | null;
  prev_hash: Buffer | null;
  entry_hash: Buffer | null;
}

export interface EscrowHoldsTable {
  order_id: string;
  currency: string;
  amount: BigIntColumn;
  status: 'pending' | 'posted' | 'voided';
  posted_amount: BigIntColumn | null;
  settle_after: Timestamp | null;
  created_at: Timestamp;
  resolved_at: Timestamp | null;
}

export interface RefundProposalsTable {
  id: Generated<string>;
  order_id: string;
  proposed_by: string;
  amount: BigIntColumn;
  currency: string;
  reason: string;
  status: 'proposed' | 'accepted' | 'declined' | 'withdrawn';
  decided_by: string | null;
  created_at: Timestamp;
  decided_at: Timestamp | null;
}

export interface PaymentAttemptsTable {
  id: Generated<string>;
  order_id: string;
  attempt: number;
  idempotency_key: string;
  payment_method: string;
  amount: BigIntColumn;
  currency: string;
  status: 'started' | 'succeeded' | 'declined';
  provider_ref: string | null;
  decline_code: string | null;
  created_at: Timestamp;
  finished_at: Timestamp | null;
}

export type ProviderOperationKind = 'refund' | 'transfer' | 'reverse_transfer' | 'payout';

export interface ProviderOperationsTable {
  id: Generated<string>;
  kind: ProviderOperationKind;
  idempotency_key: string;
  order_id: string | null;
  payout_id: string | null;
  request: JsonColumn;
  status: 'pending' | 'succeeded' | 'failed';
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  provider_ref: string | null;
  last_error: string | null;
  created_at: Timestamp;
  finished_at: Timestamp | null;
}

export interface PayoutsTable {
  id: Generated<string>;
  user_id: string;
  amount: BigIntColumn;
  currency: string;
  status: 'pending' | 'paid' | 'failed';
  trigger: 'request' | 'schedule';
  reversed_amount: ColumnType<string, number | string | undefined, number | string>;
  created_at: Timestamp;
  paid_at: Timestamp | null;
}

export interface ScheduledJobsTable {
  id: Generated<string>;
  kind: string;
  order_id: string;
  due_at: Timestamp;
  status: 'pending' | 'done' | 'skipped' | 'failed';
  attempts: Generated<number>;
  last_error: string | null;
  created_at: Timestamp;
  finished_at: Timestamp | null;
}

// Sensitive data, envelope-encrypted: bytea ciphertexts plus the record's wrapped data key.
export interface UserPrivateProfilesTable {
  user_id: string;
  key_id: string;
  wrapped_key: Buffer;
  legal_name: Buffer;
  address: Buffer;
  phone: Buffer;
  updated_at: Timestamp;
}

export interface PayoutDetailsTable {
  user_id: string;
  key_id: string;
  wrapped_key: Buffer;
  details: Buffer;
  iban_last4: string;
  country: string;
  updated_at: Timestamp;
}

export interface IdentityDocumentsTable {
  id: string;
  user_id: string;
  kind: 'passport' | 'id_card' | 'driving_licence';
  content_type: 'application/pdf' | 'image/jpeg' | 'image/png';
  size_bytes: number;
  key_id: string;
  wrapped_key: Buffer;
  content: Buffer;
  status: 'submitted' | 'approved' | 'rejected';
  created_at: Timestamp;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
  review_reason: string | null;
}

export interface SellerAccountsTable {
  user_id: string;
  provider: string;
  account_id: string;
  charges_enabled: boolean;
  payouts_enabled: boolean;
  updated_at: Timestamp;
}

export interface StripeEventsTable {
  id: string;
  type: string;
  created: Timestamp;
  received_at: Timestamp;
  processed_at: Timestamp | null;
  error: string | null;
}

export interface DisputesTable {
  id: Generated<string>;
  order_id: string;
  source: 'buyer' | 'chargeback';
  provider_dispute_id: string | null;
  reason: string;
  status: string;
  amount: BigIntColumn;
  currency: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  // Buyer disputes only (null on chargebacks).
  description: string | null;
  opened_by: string | null;
  assigned_arbitrator_id: string | null;
  assigned_at: Timestamp | null;
  seller_response_due_at: Timestamp | null;
  seller_responded_at: Timestamp | null;
  evidence_due_at: Timestamp | null;
  sla_due_at: Timestamp | null;
  resolution: 'refund' | 'release' | 'split' | null;
  refund_amount: BigIntColumn | null;
  resolved_by: string | null;
  resolved_at: Timestamp | null;
  resolution_note: string | null;
}

export interface ConversationsTable {
  id: Generated<string>;
  listing_id: string;
  buyer_id: string;
  seller_id: string;
  created_at: Timestamp;
  last_message_at: Timestamp;
  buyer_read_seq: ColumnType<string, string | number | undefined, string | number>;
  seller_read_seq: ColumnType<string, string | number | undefined, string | number>;
  buyer_delivered_seq: ColumnType<string, string | number | undefined, string | number>;
  seller_delivered_seq: ColumnType<string, string | number | undefined, string | number>;
  contact_attempts: Generated<number>;
  flagged_at: Timestamp | null;
  flag_cleared_at: Timestamp | null;
  flag_cleared_by: string | null;
}

export interface MessagesTable {
  id: string;
  seq: GeneratedAlways<string>;
  conversation_id: string;
  author_id: string;
  key_id: string | null;
  wrapped_key: Buffer | null;
  body: Buffer | null;
  legacy_body: string | null;
  warnings: ColumnType<string[], string[] | undefined, string[]>;
  created_at: Timestamp;
}

export interface MessageImagesTable {
  id: Generated<string>;
  conversation_id: string;
  uploader_id: string;
  message_id: string | null;
  width: number;
  height: number;
  variants: ColumnType<{ size: string; width: number; height: number; key: string; bytes: number }[], string, string>;
  safety_label: string;
  safety_score: number;
  safety_unsafe: boolean;
  created_at: Timestamp;
}

export interface DisputeMessagesTable {
  id: Generated<string>;
  dispute_id: string;
  author_id: string;
  body: string;
  created_at: Timestamp;
}

export interface DisputeEvidenceTable {
  id: string;
  dispute_id: string;
  author_id: string;
  kind: 'text' | 'file';
  text: string | null;
  filename: string | null;
  content_type: 'application/pdf' | 'image/jpeg' | 'image/png' | null;
  size_bytes: number | null;
  key_id: string | null;
  wrapped_key: Buffer | null;
  content: Buffer | null;
  created_at: Timestamp;
}

export type DataExportStatus = 'pending' | 'ready' | 'failed';

/** A user's data export; the zip archive is envelope-encrypted once built. */
export interface DataExportsTable {
  id: Generated<string>;
  user_id: string;
  status: DataExportStatus;
  requested_at: Timestamp;
  completed_at: Timestamp | null;
  expires_at: Timestamp;
  key_id: string | null;
  wrapped_key: Buffer | null;
  archive_enc: Buffer | null;
  size_bytes: number | null;
}

export interface RealtimeHeadsTable {
  user_id: string;
  seq: ColumnType<string, string | number, string | number>;
}

export interface RealtimeEventsTable {
  id: string;
  user_id: string;
  seq: ColumnType<string, string | number, string | number>;
  type: string;
  key_id: string;
  wrapped_key: Buffer;
  data: Buffer;
  created_at: Timestamp;
}

export type AuctionStatus = 'live' | 'awaiting_payment' | 'sold' | 'unsold';
export type AuctionOutcome = 'sold' | 'no_bids' | 'reserve_not_met' | 'unpaid' | 'unavailable';

export interface AuctionsTable {
  id: Generated<string>;
  listing_id: string;
  seller_id: string;
  currency: string;
  start_price: BigIntColumn;
  /** Hidden from everyone but the seller. */
  reserve_price: BigIntColumn | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  status: Generated<AuctionStatus>;
  /** The visible price; null until the first bid. */
  price: BigIntColumn | null;
  leader_id: string | null;
  /** The leader's proxy maximum: never shown to anyone. */
  leader_max: BigIntColumn | null;
  bid_count: Generated<number>;
  bidder_count: Generated<number>;
  winner_id: string | null;
  winner_order_id: string | null;
  /** The runner-up was offered the item after the winner did not pay. */
  second_chance: Generated<boolean>;
  outcome: AuctionOutcome | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Accepted bids, append-only (a trigger refuses UPDATE and DELETE), numbered 1, 2, … per auction. */
export interface BidsTable {
  id: Generated<string>;
  auction_id: string;
  seq: number;
  bidder_id: string;
  /** The bidder's number in this auction (1 for the first to bid): their public pseudonym. */
  bidder_no: number;
  max_amount: BigIntColumn;
  price_after: BigIntColumn;
  leader_after: string;
  leader_max_after: BigIntColumn;
  created_at: Timestamp;
}

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  type: string;
  data: ColumnType<Record<string, unknown>, string, string>;
  created_at: Timestamp;
  read_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export type NotificationChannel = 'realtime' | 'email' | 'push';
export type DeliveryStatus = 'pending' | 'sent' | 'skipped' | 'failed';

export interface NotificationDeliveriesTable {
  id: Generated<string>;
  notification_id: string;
  user_id: string;
  channel: NotificationChannel;
  /** An e-mail kept for the user's daily digest rather than sent on its own. */
  digest: Generated<boolean>;
  status: Generated<DeliveryStatus>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  created_at: Timestamp;
  finished_at: Timestamp | null;
}

export interface NotificationPreferencesTable {
  user_id: string;
  /** Only what differs from the defaults: { [type]: { realtime?, email?, push? } }. */
  channels: ColumnType<Record<string, unknown>, string | undefined, string>;
  quiet_start: string | null;
  quiet_end: string | null;
  time_zone: Generated<string>;
  updated_at: Timestamp;
}

export interface PushSubscriptionsTable {
  id: string;
  user_id: string;
  endpoint_hash: Buffer;
  key_id: string;
  wrapped_key: Buffer;
  endpoint: Buffer;
  keys: Buffer;
  created_at: Timestamp;
}

export interface ArbitrationRotationTable {
  id: Generated<boolean>;
  last_arbitrator_id: string | null;
}

export interface AuditCheckpointsTable {
  seq: BigIntColumn;
  entry_hash: Buffer;
  signed_at: Timestamp;
  key_id: string;
  signature: Buffer;
}

export interface PublicProfilesTable {
  user_id: string;
  bio: string | null;
  city: string | null;
  country: string | null;
  avatar_key: string | null;
  avatar_small_key: string | null;
  updated_at: Timestamp;
}

export interface UserBlocksTable {
  blocker_id: string;
  blocked_id: string;
  created_at: Timestamp;
}

export interface FavouritesTable {
  user_id: string;
  listing_id: string;
  created_at: Timestamp;
}

export interface SavedSearchesTable {
  id: Generated<string>;
  user_id: string;
  name: string | null;
  /** The search parameters as saved (those of GET /v1/listings, without paging). */
  query: ColumnType<Record<string, unknown>, string, string>;
  /** Every word and the category a matching listing must have (category keys read `category <slug>`). */
  keys: string[];
  /** The rarest of `keys` among listings, which the index finds the search by; null when it has no keys. */
  anchor: string | null;
  /** The text query when its words alone do not decide a match (a phrase, a negation, a disjunction). */
  text_query: string | null;
  currency: string | null;
  min_price: BigIntColumn | null;
  max_price: BigIntColumn | null;
  /** Conditions a matching listing may be in; null for any. */
  conditions: string[] | null;
  /** A matching listing lies within radius_km of this point (all three or none). */
  lat: number | null;
  lng: number | null;
  radius_km: number | null;
  /** The least average rating of a matching listing's seller. */
  min_rating: number | null;
  /** Only sellers whose identity was verified. */
  verified_sellers: ColumnType<boolean, boolean | undefined, boolean>;
  last_alerted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** When the pending matches are next due for a digest; null when none is pending. */
  digest_due_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: Timestamp;
}

export interface SavedSearchMatchesTable {
  saved_search_id: string;
  listing_id: string;
  matched_at: Timestamp;
  alerted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export type ImageSafetyLabel = 'Drawing' | 'Hentai' | 'Neutral' | 'Porn' | 'Sexy';
export type ImageVariantSize = 'thumb' | 'medium' | 'large';

export interface ListingImagesTable {
  id: Generated<string>;
  listing_id: string;
  seller_id: string;
  /** 0 is the cover; null once the seller removed it (kept for an order snapshot). */
  position: number | null;
  width: number;
  height: number;
  /** The 64-bit dHash as a signed bigint. */
  dhash: BigIntColumn;
  dhash_b0: GeneratedAlways<number>;
  dhash_b1: GeneratedAlways<number>;
  dhash_b2: GeneratedAlways<number>;
  dhash_b3: GeneratedAlways<number>;
  safety_label: ImageSafetyLabel;
  safety_score: number;
  safety_scores: JsonColumn;
  safety_unsafe: boolean;
  reuse_listing_id: string | null;
  reuse_seller_id: string | null;
  reuse_distance: number | null;
  created_at: Timestamp;
  removed_at: Timestamp | null;
}

export interface ListingImageVariantsTable {
  image_id: string;
  size: ImageVariantSize;
  key: string;
  width: number;
  height: number;
  bytes: number;
}

export interface OrderListingImagesTable {
  order_id: string;
  image_id: string;
  position: number;
}

export type OfferStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn' | 'expired' | 'superseded';
export type OfferParty = 'buyer' | 'seller';

export interface OffersTable {
  id: Generated<string>;
  listing_id: string;
  buyer_id: string;
  seller_id: string;
  /** The amount on the table (the latest proposal), minor units of `currency` (the listing's). */
  amount: BigIntColumn;
  currency: string;
  status: OfferStatus;
  /** Whose turn it is while pending (the party who may accept, decline or counter); null once decided. */
  awaiting: OfferParty | null;
  /** Proposals so far: 1 for the buyer's offer, one more per counter. */
  round: Generated<number>;
  order_id: string | null;
  expires_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OfferEventsTable {
  /** GENERATED ALWAYS AS IDENTITY: the history's order. */
  id: GeneratedAlways<string>;
  offer_id: string;
  actor: OfferParty | 'system';
  action: 'made' | 'countered' | 'accepted' | 'declined' | 'withdrawn' | 'expired' | 'superseded';
  amount: ColumnType<string | null, number | string | null, never>;
  created_at: Timestamp;
}

/** A buyer's saved shipping address, sealed (the address as JSON in `data`). */
export interface SavedAddressesTable {
  id: string;
  user_id: string;
  key_id: string;
  wrapped_key: Buffer;
  data: Buffer;
  created_at: Timestamp;
}

/** The address an order ships to, sealed: the order's own copy, given at payment. */
export interface OrderShippingAddressesTable {
  id: string;
  order_id: string;
  /** The buyer. */
  user_id: string;
  key_id: string;
  wrapped_key: Buffer;
  data: Buffer;
  created_at: Timestamp;
}

export interface DB {
  users: UsersTable;
  sessions: SessionsTable;
  account_tokens: AccountTokensTable;
  security_events: SecurityEventsTable;
  totp_credentials: TotpCredentialsTable;
  recovery_codes: RecoveryCodesTable;
  login_challenges: LoginChallengesTable;
  listings: ListingsTable;
  listing_images: ListingImagesTable;
  listing_image_variants: ListingImageVariantsTable;
  order_listing_images: OrderListingImagesTable;
  orders: OrdersTable;
  order_status_history: OrderStatusHistoryTable;
  ledger_accounts: LedgerAccountsTable;
  ledger_transactions: LedgerTransactionsTable;
  ledger_postings: LedgerPostingsTable;
  fraud_cases: FraudCasesTable;
  idempotency_keys: IdempotencyKeysTable;
  audit_log: AuditLogTable;
  audit_checkpoints: AuditCheckpointsTable;
  outbox: OutboxTable;
  escrow_holds: EscrowHoldsTable;
  refund_proposals: RefundProposalsTable;
  payment_attempts: PaymentAttemptsTable;
  provider_operations: ProviderOperationsTable;
  payouts: PayoutsTable;
  scheduled_jobs: ScheduledJobsTable;
  seller_risk_scores: SellerRiskScoresTable;
  user_private_profiles: UserPrivateProfilesTable;
  payout_details: PayoutDetailsTable;
  identity_documents: IdentityDocumentsTable;
  public_profiles: PublicProfilesTable;
  user_blocks: UserBlocksTable;
  favourites: FavouritesTable;
  saved_searches: SavedSearchesTable;
  saved_search_matches: SavedSearchMatchesTable;
  seller_accounts: SellerAccountsTable;
  stripe_events: StripeEventsTable;
  disputes: DisputesTable;
  conversations: ConversationsTable;
  messages: MessagesTable;
  message_images: MessageImagesTable;
  dispute_messages: DisputeMessagesTable;
  dispute_evidence: DisputeEvidenceTable;
  notifications: NotificationsTable;
  auctions: AuctionsTable;
  bids: BidsTable;
  notification_deliveries: NotificationDeliveriesTable;
  notification_preferences: NotificationPreferencesTable;
  push_subscriptions: PushSubscriptionsTable;
  offers: OffersTable;
  offer_events: OfferEventsTable;
  saved_addresses: SavedAddressesTable;
  order_shipping_addresses: OrderShippingAddressesTable;
  realtime_heads: RealtimeHeadsTable;
  realtime_events: RealtimeEventsTable;
  arbitration_rotation: ArbitrationRotationTable;
  reports: ReportsTable;
  user_moderation_actions: UserModerationActionsTable;
  fraud_case_notes: FraudCaseNotesTable;
  reviews: ReviewsTable;
  review_decision_batches: ReviewDecisionBatchesTable;
  review_decisions: ReviewDecisionsTable;
  seller_ratings: SellerRatingsTable;
  user_fingerprints: UserFingerprintsTable;
  listing_decision_batches: ListingDecisionBatchesTable;
  listing_decisions: ListingDecisionsTable;
  listing_changes: ListingChangesTable;
  listing_price_history: ListingPriceHistoryTable;
  model_versions: ModelVersionsTable;
  model_version_changes: ModelVersionChangesTable;
  risk_scores: RiskScoresTable;
  model_monitoring_snapshots: ModelMonitoringSnapshotsTable;
  model_monitoring_alerts: ModelMonitoringAlertsTable;
  outbox_dead_letters: OutboxDeadLettersTable;
  rate_limits: RateLimitsTable;
  data_exports: DataExportsTable;
  oidc_identities: OidcIdentitiesTable;
  oidc_flows: OidcFlowsTable;
}

/** A provider's subject linked to a user; the email the provider gave is sealed (envelope). */
export interface OidcIdentitiesTable {
  id: string;
  user_id: string;
  provider: string;
  subject: string;
  email_verified: boolean;
  email: Buffer | null;
  key_id: string;
  wrapped_key: Buffer;
  linked_at: Timestamp;
}

export type OidcFlowMode = 'sign_in' | 'link';

/** One authorization attempt with a provider; `secrets` seals its nonce and PKCE verifier. */
export interface OidcFlowsTable {
  id: string;
  state_hash: Buffer;
  provider: string;
  mode: OidcFlowMode;
  user_id: ColumnType<string | null, string | null | undefined, string | null>;
  return_to: string;
  browser_hash: ColumnType<Buffer | null, Buffer | null | undefined, Buffer | null>;
  secrets: Buffer;
  key_id: string;
  wrapped_key: Buffer;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  login_code_hash: ColumnType<Buffer | null, Buffer | null | undefined, Buffer | null>;
  login_code_expires_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  login_code_used_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** Rate-limit counters, written by rate-limiter-flexible (http/rate-limits.ts), not by the app's queries. */
export interface RateLimitsTable {
  key: string;
  points: Generated<number>;
  /** Epoch milliseconds; null never expires. */
  expire: BigIntColumn | null;
}

/** Events the catalogue refused (unknown type, invalid payload), kept with the reason; append-only. */
export interface OutboxDeadLettersTable {
  id: Generated<string>;
  event_type: string;
  /** The catalogue's current version of the type; null for an unknown type. */
  event_version: number | null;
  aggregate_type: string;
  aggregate_id: string;
  payload: JsonColumn;
  reason: string;
  occurred_at: Timestamp;
  created_at: Generated<Date>;
}

export type UserRow = Selectable<UsersTable>;
export type ListingRow = Selectable<ListingsTable>;
export type ListingDecisionRow = Selectable<ListingDecisionsTable>;
export type ListingDecisionBatchRow = Selectable<ListingDecisionBatchesTable>;
export type OrderRow = Selectable<OrdersTable>;
export type FraudCaseRow = Selectable<FraudCasesTable>;
export type SellerAccountRow = Selectable<SellerAccountsTable>;
export type DisputeRow = Selectable<DisputesTable>;
export type ReportRow = Selectable<ReportsTable>;
export type UserModerationActionRow = Selectable<UserModerationActionsTable>;
export type PayoutRow = Selectable<PayoutsTable>;
export type ReviewRow = Selectable<ReviewsTable>;
export type ReviewDecisionRow = Selectable<ReviewDecisionsTable>;

export type ModelStatus = 'active' | 'shadow' | 'retired';

export interface ModelVersionsTable {
  version: string;
  id: Generated<string>;
  file: string;
  sha256: string;
  feature_names: ColumnType<string[], string, string>;
  status: ModelStatus;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ModelVersionChangesTable {
  id: GeneratedAlways<string>;
  version: string;
  from_status: ModelStatus | null;
  to_status: ModelStatus;
  actor_id: string | null;
  reason: string;
  at: Timestamp;
}

export interface RiskScoresTable {
  id: GeneratedAlways<string>;
  order_id: string;
  model_version: string;
  mode: 'live' | 'shadow';
  probability: number;
  score: number;
  decision: 'allow' | 'step_up' | 'review' | 'block' | null;
  input: ColumnType<Record<string, number>, string, string>;
  /** The features that raised this score most, in words (fraud-models `explain`). */
  reasons: ColumnType<RiskReason[], string | undefined, string>;
  created_at: Timestamp;
}

/** One computation of a model version's production figures (risk/model-monitoring `ModelFigures`), append-only. */
export interface ModelMonitoringSnapshotsTable {
  id: GeneratedAlways<string>;
  version: string;
  computed_at: Timestamp;
  window_days: number;
  figures: ColumnType<Record<string, unknown>, string, string>;
}

/** A seller-side risk score (fraud-models `scoreSeller`) at listing publication or at payout time; append-only. */
export interface SellerRiskScoresTable {
  id: Generated<string>;
  seller_id: string;
  moment: 'listing' | 'payout';
  listing_id: string | null;
  order_id: string | null;
  score: number;
  probability: number;
  reasons: ColumnType<RiskReason[], string, never>;
  input: ColumnType<Record<string, number | string>, string, never>;
  version: string;
  created_at: Timestamp;
}

export type ModelAlertKind = 'drift' | 'precision';

/** An alert raised from a snapshot; the key (version, kind, day) keeps it to one a day. */
export interface ModelMonitoringAlertsTable {
  version: string;
  kind: ModelAlertKind;
  /** The UTC day of raised_at, written as 'YYYY-MM-DD' (node-postgres reads a date back as local midnight). */
  day: ColumnType<Date, string, string>;
  raised_at: Timestamp;
  details: ColumnType<Record<string, unknown>, string, string>;
}
