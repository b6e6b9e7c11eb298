import { z } from 'zod';

// Field types shared by the event schemas. Analytics may not import api code, so the enums the api
// owns are restated here; api/src/modules/platform/outbox/catalogue-enums.test.ts fails when they drift.

export const id = z.uuid();
/** Money in integer minor units (cents), never a float; always next to a `currency`. */
export const minor = z.int().nonnegative().describe('minor units of the currency');
export const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code')
  .describe('ISO 4217 code');
export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')
  .describe('ISO 3166-1 alpha-2 code');
/** A 0–100 risk score (the model's probability, rounded, raised by provider signals). */
export const riskScore = z.int().min(0).max(100);
/** A SHA-256 hex digest (device or card fingerprint hashes: never the raw identifier). */
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex digest');

export const ORDER_STATUSES = ['initiated', 'pending_payment', 'paid', 'shipped', 'delivered', 'completed', 'disputed', 'refunded', 'cancelled'] as const;
// The leaves of the API's category tree (marketplace/categories), restated: a test holds them equal.
export const CATEGORIES = [
  'phones',
  'computers',
  'cameras',
  'audio',
  'gaming',
  'electronics-other',
  'womens-clothing',
  'mens-clothing',
  'shoes',
  'bags',
  'jewellery',
  'fashion-other',
  'furniture',
  'kitchen',
  'decor',
  'garden',
  'home-other',
  'fiction',
  'non-fiction',
  'comics',
  'books-other',
  'bikes',
  'fitness',
  'outdoor',
  'sports-other',
  'toys-games',
  'baby',
  'toys-other',
  'coins-stamps',
  'trading-cards',
  'art',
  'antiques',
  'collectibles-other',
  'car-parts',
  'motorbike-parts',
  'vehicles-other',
  'instruments',
  'records',
  'music-other',
  'other',
] as const;
export const LISTING_STATUSES = ['draft', 'active', 'reserved', 'sold', 'withdrawn', 'removed', 'pending_review', 'changes_requested', 'rejected'] as const;
export const LISTING_FLAGS = ['new_seller', 'prohibited_item', 'contact_details', 'price_far_below_median', 'reported', 'photo_reused', 'unsafe_image', 'seller_risk'] as const;
export const RISK_DECISIONS = ['allow', 'step_up', 'review', 'block'] as const;
export const DISPUTE_REASONS = ['not_received', 'not_as_described', 'damaged', 'counterfeit', 'other'] as const;
export const BUYER_DISPUTE_STATUSES = ['awaiting_seller', 'under_review', 'resolved'] as const;
export const CHARGEBACK_STATUSES = ['open', 'won', 'lost'] as const;
export const RESOLUTIONS = ['refund', 'release', 'split'] as const;
export const REVIEW_STATUSES = ['published', 'flagged', 'removed'] as const;
export const REVIEW_FLAGS = ['contact_details', 'link', 'profanity', 'burst', 'shared_device', 'shared_card', 'reported'] as const;
export const REPORT_TARGET_TYPES = ['listing', 'user', 'message', 'review'] as const;
export const REPORT_REASONS = ['spam', 'prohibited_item', 'counterfeit', 'fraud', 'harassment', 'offensive', 'other'] as const;
export const REPORT_ACTIONS = ['remove_listing', 'request_changes', 'warn_user', 'suspend_user', 'remove_review'] as const;
export const MODERATION_ACTIONS = ['warn', 'suspend', 'reinstate'] as const;
export const SECURITY_EVENT_KINDS = [
  'login_new_device',
  'password_changed',
  'password_reset',
  'email_changed',
  'two_factor_enabled',
  'two_factor_disabled',
  'recovery_codes_regenerated',
  'oidc_linked',
  'oidc_unlinked',
  'signed_out_everywhere',
  'account_deleted',
] as const;
export const DOCUMENT_KINDS = ['passport', 'id_card', 'driving_licence'] as const;
export const FRAUD_DECISIONS = ['clear', 'confirm_fraud'] as const;
export const FRAUD_CASE_SOURCES = ['payment', 'stream', 'seller_risk'] as const;
export const MODEL_STATUSES = ['active', 'shadow', 'retired'] as const;
export const PAYOUT_TRIGGERS = ['request', 'schedule'] as const;
