import type { DB } from './schema';

/**
 * The one module that writes each table: a folder under `api/src/modules`, or `http` for the request
 * machinery outside the modules. Other modules call the owner's exported functions (through its
 * `index.ts`) and read its tables only through them, or in a declared read model (READ_MODELS).
 * Enforced by `modules/table-ownership.test.ts`; a new table gets its line here with its migration.
 */
export const TABLE_OWNERS: Record<keyof DB, string> = {
  users: 'marketplace/users',
  sessions: 'marketplace/users',
  account_tokens: 'marketplace/users',
  security_events: 'marketplace/security-events',
  oidc_identities: 'marketplace/oidc',
  oidc_flows: 'marketplace/oidc',
  totp_credentials: 'marketplace/two-factor',
  recovery_codes: 'marketplace/two-factor',
  login_challenges: 'marketplace/two-factor',
  listings: 'marketplace/listings',
  listing_changes: 'marketplace/listings',
  listing_price_history: 'marketplace/listings',
  listing_images: 'marketplace/listing-images',
  listing_image_variants: 'marketplace/listing-images',
  order_listing_images: 'marketplace/listing-images',
  orders: 'marketplace/orders',
  order_status_history: 'marketplace/orders',
  conversations: 'marketplace/conversations',
  messages: 'marketplace/conversations',
  message_images: 'marketplace/conversations',
  notifications: 'marketplace/notifications',
  auctions: 'marketplace/auctions',
  bids: 'marketplace/auctions',
  notification_deliveries: 'marketplace/notifications',
  notification_preferences: 'marketplace/notifications',
  push_subscriptions: 'marketplace/notifications',
  offers: 'marketplace/offers',
  offer_events: 'marketplace/offers',
  saved_addresses: 'marketplace/shipping',
  order_shipping_addresses: 'marketplace/shipping',
  realtime_heads: 'platform/realtime',
  realtime_events: 'platform/realtime',
  user_private_profiles: 'marketplace/profiles',
  payout_details: 'marketplace/profiles',
  identity_documents: 'marketplace/profiles',
  data_exports: 'marketplace/account-data',
  public_profiles: 'marketplace/profiles',
  user_blocks: 'marketplace/blocks',
  favourites: 'marketplace/favourites',
  saved_searches: 'marketplace/saved-searches',
  saved_search_matches: 'marketplace/saved-searches',
  reviews: 'marketplace/reviews',
  review_decision_batches: 'marketplace/reviews',
  review_decisions: 'marketplace/reviews',
  seller_ratings: 'marketplace/reviews',

  ledger_accounts: 'money/ledger',
  ledger_transactions: 'money/ledger',
  ledger_postings: 'money/ledger',
  escrow_holds: 'money/ledger',
  payment_attempts: 'money/checkout',
  provider_operations: 'money/payments',
  payouts: 'money/payouts',
  refund_proposals: 'money/refund-proposals',
  seller_accounts: 'money/seller-accounts',
  stripe_events: 'money/stripe-webhooks',

  disputes: 'trust-safety/disputes',
  dispute_messages: 'trust-safety/disputes',
  dispute_evidence: 'trust-safety/disputes',
  arbitration_rotation: 'trust-safety/disputes',
  fraud_cases: 'trust-safety/fraud-cases',
  fraud_case_notes: 'trust-safety/fraud-cases',
  reports: 'trust-safety/reports',
  user_moderation_actions: 'trust-safety/user-moderation',
  listing_decision_batches: 'trust-safety/listing-moderation',
  listing_decisions: 'trust-safety/listing-moderation',

  user_fingerprints: 'risk/fingerprints',
  model_versions: 'risk/model-registry',
  model_version_changes: 'risk/model-registry',
  risk_scores: 'risk/scoring',
  seller_risk_scores: 'risk/seller-risk',

  audit_log: 'platform/audit',
  audit_checkpoints: 'platform/audit',
  outbox: 'platform/outbox',
  outbox_dead_letters: 'platform/outbox',
  scheduled_jobs: 'platform/scheduler',

  idempotency_keys: 'http',
  rate_limits: 'http',
};

/**
 * Queries that join across modules by nature, one place each: they may read any module's tables
 * (never write them). A file path under `api/src/modules`, or a module folder when the whole module
 * is a read model. Anything else reads another module's tables through the owner's exports.
 */
export const READ_MODELS: Record<string, string> = {
  'marketplace/notifications/notification-recipient.read-model.ts': 'a notification’s recipient: their address, language and whether the account was deleted',
  'risk/scoring/risk.repository.ts': 'payment-time risk features: the buyer’s and seller’s orders, reviews, fingerprints and payout details',
  'risk/seller-risk/seller-risk.repository.ts': 'seller-risk features: the seller’s orders, listings, disputes, fingerprints and payout details',
  'risk/scoring/training-labels.ts': 'fraud training labels: scored orders joined to their fraud cases and disputes',
  'trust-safety/disputes/evidence-pack.ts': 'the arbitrator’s evidence pack: the order, its payment attempts and fraud cases',
  'trust-safety/fraud-cases/fraud-case-timeline.ts': 'a fraud case’s timeline: audit entries, notes, order history and payment attempts',
  'marketplace/orders/order-holds.ts': 'whether anything else holds an order’s funds: its open fraud cases and live disputes',
  'money/payouts/scheduled-payouts.read-model.ts': 'scheduled payouts: users on a payout schedule with their available balance per currency',
  'money/reconciliation': 'reconciliation checks: invariants across the ledger, orders, payments and payouts',
  'money/transactions/transactions.repository.ts': 'a user’s transaction history (and CSV) over the ledger and their orders',
  'platform/metrics/prometheus.handler.ts': 'Prometheus gauges over queues and backlogs',
  'platform/staff/user-admin.repository.ts': 'the staff’s user directory: users with their roles and moderation warnings',
  'trust-safety/reports/report-party.ts': 'what a report points at (a user, listing, review or message): whose it is, what it says, who is party to it',
  'trust-safety/disputes/dispute-queue.read-model.ts': 'the staff’s buyer-dispute queue: disputes with their order’s parties and listing title',
  'trust-safety/fraud-cases/fraud-case-list.read-model.ts': 'the staff’s fraud case list and case view: cases with their order’s amount and status and listing title',
  'marketplace/reviews/review-queue.read-model.ts': 'the staff’s review queue and review view: reviews with their author’s and subject’s names and listing title',
  'marketplace/conversations/conversation-orders.read-model.ts': 'the order a conversation continued into: the buyer’s latest order on its listing',
  'trust-safety/listing-moderation/moderation-queue.read-model.ts': 'the listing moderation queue: listings with their seller and open reports',
};
