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

/** Staff permissions as the API names them (api/src/modules/staff/permissions.ts; GET /v1/admin/me). */
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
  | "staff.manage_roles";

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

export type FraudCase = {
  id: string;
  order_id: string;
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
  order: { amount: Money; status: OrderStatus; listing_title: string };
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
  target_type: "listing" | "user";
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
