// The single definition of the model's inputs: the synthetic-data generator and the serving scorer
// both call these transforms, so training and serving cannot drift apart. Each model file lists
// the names it was trained on (ONNX metadata `feature_names`); vectorFor builds that vector.

export interface RiskInput {
  amount_minor: number; // order amount, integer minor units
  currency_exponent: number; // ISO 4217 minor-unit exponent: 2 for EUR/USD, 0 for JPY
  buyer_account_age_days: number;
  buyer_prior_orders: number; // orders the buyer created before this one
  buyer_orders_last_24h: number; // orders the buyer created in the 24h before this one
  buyer_distinct_sellers_last_24h: number;
  seller_account_age_days: number;
  seller_completed_sales: number; // sales completed before this moment
  listing_age_hours: number;
  price_vs_category_median: number; // listing price / median active price in its category+currency; 1 when unknown
  hour_of_day: number; // 0–23 UTC
  pair_prior_orders: number; // earlier orders between this same buyer and seller
  // Since fraud-gbt-v2: device, card, payout and review signals (see README "Features").
  buyer_hours_since_new_device: number; // since the newest device fingerprint of the buyer was first seen; account age when none
  buyer_device_shared_accounts: number; // other accounts seen on any of the buyer's devices
  buyer_card_shared_accounts: number; // other accounts that paid with any of the buyer's cards
  buyer_hours_since_payout_change: number; // since the buyer's payout details last changed; NEVER_HOURS when never
  buyer_sales_last_7d: number; // orders the buyer received as a seller in the 7 days before
  pair_prior_reviews: number; // reviews either party wrote about the other before
  seller_reviews_last_30d: number; // reviews the seller received in the 30 days before
  // Since fraud-gbt-v3: who the sharing is with, and the buyer's own dispute history.
  buyer_device_shared_new_accounts: number; // of buyer_device_shared_accounts, those created < 7 days before now
  buyer_device_shared_established_accounts: number; // of buyer_device_shared_accounts, those created ≥ 180 days before now
  buyer_card_shared_new_accounts: number; // of buyer_card_shared_accounts, those created < 7 days before now
  buyer_prior_disputes: number; // disputes (buyer claims and chargebacks) on the buyer's earlier orders, opened before now
}

/** Account age below which a sharing account counts as new, and above which as established. */
export const NEW_ACCOUNT_DAYS = 7;
export const ESTABLISHED_ACCOUNT_DAYS = 180;

/** Hours-since value for "never happened": far beyond any window the model distinguishes. */
export const NEVER_HOURS = 24 * 3650;

// Clamps bound what the model can be asked about to the range it was trained on, and keep one
// absurd upstream value (a 10-year-old listing, 10^9 orders) from meaning anything new.
const MAX_AMOUNT_MAJOR = 1e7;
const MAX_AGE_DAYS = 3650;
const MAX_COUNT = 10_000;
const MAX_COUNT_24H = 100;
const MAX_HOURS = NEVER_HOURS;
const MIN_PRICE_RATIO = 0.01;
const MAX_PRICE_RATIO = 100;

/** Non-finite or out-of-range upstream values fall back to the bounds rather than NaN, which
 * the tree ensemble would silently route down one branch. */
function clamp(x: number, lo: number, hi: number, fallback = lo): number {
  if (!Number.isFinite(x)) return fallback;
  return Math.min(hi, Math.max(lo, x));
}

const logCount = (x: number, max: number): number => Math.log1p(clamp(x, 0, max));

function logAmountMajor(input: RiskInput): number {
  // Major units make EUR 12.34 (1234, exp 2) and JPY 12 (12, exp 0) comparable in scale; the
  // exponent is clamped because ISO 4217 exponents are 0–4.
  const exponent = Math.round(clamp(input.currency_exponent, 0, 4, 2));
  return Math.log1p(clamp(input.amount_minor, 0, MAX_AMOUNT_MAJOR * 10 ** exponent) / 10 ** exponent);
}

/** Every feature any model may ask for, by name. A name keeps its meaning forever: a changed
 * transform gets a new name, so older model files still get the vector they were trained on. */
const FEATURES: Readonly<Record<string, (input: RiskInput) => number>> = Object.freeze({
  log_amount_major: logAmountMajor,
  log_buyer_account_age_days: (i) => logCount(i.buyer_account_age_days, MAX_AGE_DAYS),
  log_buyer_prior_orders: (i) => logCount(i.buyer_prior_orders, MAX_COUNT),
  buyer_orders_last_24h: (i) => clamp(i.buyer_orders_last_24h, 0, MAX_COUNT_24H),
  buyer_distinct_sellers_last_24h: (i) => clamp(i.buyer_distinct_sellers_last_24h, 0, MAX_COUNT_24H),
  log_seller_account_age_days: (i) => logCount(i.seller_account_age_days, MAX_AGE_DAYS),
  log_seller_completed_sales: (i) => logCount(i.seller_completed_sales, MAX_COUNT),
  log_listing_age_hours: (i) => logCount(i.listing_age_hours, MAX_HOURS),
  // Symmetric in log space: 10x over and 10x under the median are equally odd. Unknown → 1 → 0.
  log_price_vs_category_median: (i) => Math.log(clamp(i.price_vs_category_median, MIN_PRICE_RATIO, MAX_PRICE_RATIO, 1)),
  hour_of_day: (i) => Math.floor(clamp(i.hour_of_day, 0, 23)),
  log_pair_prior_orders: (i) => logCount(i.pair_prior_orders, MAX_COUNT),
  log_buyer_hours_since_new_device: (i) => logCount(i.buyer_hours_since_new_device, MAX_HOURS),
  buyer_device_shared_accounts: (i) => clamp(i.buyer_device_shared_accounts, 0, MAX_COUNT_24H),
  buyer_card_shared_accounts: (i) => clamp(i.buyer_card_shared_accounts, 0, MAX_COUNT_24H),
  // Unknown (non-finite) means "no change on record", not "just changed".
  log_buyer_hours_since_payout_change: (i) => Math.log1p(clamp(i.buyer_hours_since_payout_change, 0, MAX_HOURS, MAX_HOURS)),
  log_buyer_sales_last_7d: (i) => logCount(i.buyer_sales_last_7d, MAX_COUNT),
  log_pair_prior_reviews: (i) => logCount(i.pair_prior_reviews, MAX_COUNT),
  log_seller_reviews_last_30d: (i) => logCount(i.seller_reviews_last_30d, MAX_COUNT),
  buyer_device_shared_new_accounts: (i) => clamp(i.buyer_device_shared_new_accounts, 0, MAX_COUNT_24H),
  buyer_device_shared_established_accounts: (i) => clamp(i.buyer_device_shared_established_accounts, 0, MAX_COUNT_24H),
  buyer_card_shared_new_accounts: (i) => clamp(i.buyer_card_shared_new_accounts, 0, MAX_COUNT_24H),
  log_buyer_prior_disputes: (i) => logCount(i.buyer_prior_disputes, MAX_COUNT),
  // A new device together with a payout change is a takeover's signature; this decays smoothly with
  // both ages (e-folding at 3 and 7 days) so a model constrained to be monotone in it has no 24-hour cliff.
  device_payout_change_recency: (i) =>
    Math.exp(-clamp(i.buyer_hours_since_new_device, 0, MAX_HOURS, MAX_HOURS) / 72) * Math.exp(-clamp(i.buyer_hours_since_payout_change, 0, MAX_HOURS, MAX_HOURS) / 168),
});

/** The RiskInput fields each feature reads: what an explanation replaces, what a sweep moves. */
export const FEATURE_INPUTS: Readonly<Record<string, readonly (keyof RiskInput)[]>> = Object.freeze({
  log_amount_major: ['amount_minor', 'currency_exponent'],
  log_buyer_account_age_days: ['buyer_account_age_days'],
  log_buyer_prior_orders: ['buyer_prior_orders'],
  buyer_orders_last_24h: ['buyer_orders_last_24h'],
  buyer_distinct_sellers_last_24h: ['buyer_distinct_sellers_last_24h'],
  log_seller_account_age_days: ['seller_account_age_days'],
  log_seller_completed_sales: ['seller_completed_sales'],
  log_listing_age_hours: ['listing_age_hours'],
  log_price_vs_category_median: ['price_vs_category_median'],
  hour_of_day: ['hour_of_day'],
  log_pair_prior_orders: ['pair_prior_orders'],
  log_buyer_hours_since_new_device: ['buyer_hours_since_new_device'],
  buyer_device_shared_accounts: ['buyer_device_shared_accounts'],
  buyer_card_shared_accounts: ['buyer_card_shared_accounts'],
  log_buyer_hours_since_payout_change: ['buyer_hours_since_payout_change'],
  log_buyer_sales_last_7d: ['buyer_sales_last_7d'],
  log_pair_prior_reviews: ['pair_prior_reviews'],
  log_seller_reviews_last_30d: ['seller_reviews_last_30d'],
  buyer_device_shared_new_accounts: ['buyer_device_shared_new_accounts'],
  buyer_device_shared_established_accounts: ['buyer_device_shared_established_accounts'],
  buyer_card_shared_new_accounts: ['buyer_card_shared_new_accounts'],
  log_buyer_prior_disputes: ['buyer_prior_disputes'],
  device_payout_change_recency: ['buyer_hours_since_new_device', 'buyer_hours_since_payout_change'],
});

/**
 * Directions the domain fixes, whatever the data says: +1 means a larger value never lowers the
 * risk, -1 never raises it. Training passes them as monotonic constraints; a test sweeps each one
 * through the served model. More velocity, a newer device or payout change, more brand-new accounts
 * on the same device or card, more earlier disputes: never less risky. More long-standing accounts
 * on the same device (a household): never more risky.
 */
export const MONOTONE: Readonly<Record<string, 1 | -1>> = Object.freeze({
  buyer_orders_last_24h: 1,
  buyer_distinct_sellers_last_24h: 1,
  log_buyer_hours_since_new_device: -1,
  log_buyer_hours_since_payout_change: -1,
  device_payout_change_recency: 1,
  buyer_device_shared_new_accounts: 1,
  buyer_card_shared_new_accounts: 1,
  buyer_device_shared_established_accounts: -1,
  log_buyer_prior_disputes: 1,
});

/** Columns of the current model (fraud-gbt-v3), in order. Changing it means retraining: the
 * committed parity fixture pins the names, the transforms and the probabilities. */
export const FEATURE_NAMES: readonly string[] = Object.freeze(Object.keys(FEATURES));

/** The vector builder for a model trained on `names` (its metadata `feature_names`), in that order. */
export function vectorFor(names: readonly string[]): (input: RiskInput) => Float32Array {
  const transforms = names.map((name) => {
    const transform = FEATURES[name];
    if (!transform || !Object.hasOwn(FEATURES, name)) throw new Error(`unknown feature ${JSON.stringify(name)}`);
    return transform;
  });
  return (input) => Float32Array.from(transforms, (transform) => transform(input));
}

export const toFeatureVector: (input: RiskInput) => Float32Array = vectorFor(FEATURE_NAMES);
