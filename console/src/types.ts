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
  created_at: string;
  order: { amount: Money; status: OrderStatus; listing_title: string };
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

/** POST /v1/admin/listings/bulk-decision. */
export type BulkDecisionResult = {
  batch_id: string | null;
  applied: string[];
  skipped: { id: string; reason: string }[];
};

/** POST /v1/admin/listings/bulk-decision/{id}/undo. */
export type UndoResult = { batch_id: string; restored: string[]; skipped: { id: string; reason: string }[] };

export type ReportStatus = "open" | "actioned" | "dismissed";
export type ReportAction = "remove_listing" | "request_changes" | "warn_user" | "suspend_user";

/** GET /v1/admin/reports. */
export type Report = {
  id: string;
  reporter_id: string;
  target_type: "listing" | "user";
  target_id: string;
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
