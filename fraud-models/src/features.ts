// The single definition of the model's inputs: the synthetic-data generator and the serving scorer
// both call toFeatureVector, so training and serving cannot drift apart.

export interface RiskInput {
  amount_minor: number; // order amount, integer minor units
  currency_exponent: number; // ISO 4217 minor-unit exponent: 2 for EUR/USD, 0 for JPY
  buyer_account_age_days: number;
  buyer_prior_orders: number; // orders the buyer created before this one
  buyer_orders_last_24h: number; // orders the buyer created in the 24h before this one
  buyer_distinct_sellers_last_24h: number;
  seller_account_age_days: number;
  seller_completed_sales: number;
  listing_age_hours: number;
  price_vs_category_median: number; // listing price / median active price in its category+currency; 1 when unknown
  hour_of_day: number; // 0–23 UTC
  pair_prior_orders: number; // earlier orders between this same buyer and seller
}

// Order of the model's input columns. Changing it (or any transform below) requires retraining:
// the committed parity fixture pins both.
export const FEATURE_NAMES: readonly string[] = Object.freeze([
  'log_amount_major',
  'log_buyer_account_age_days',
  'log_buyer_prior_orders',
  'buyer_orders_last_24h',
  'buyer_distinct_sellers_last_24h',
  'log_seller_account_age_days',
  'log_seller_completed_sales',
  'log_listing_age_hours',
  'log_price_vs_category_median',
  'hour_of_day',
  'log_pair_prior_orders',
]);

// Clamps bound what the model can be asked about to the range it was trained on, and keep one
// absurd upstream value (a 10-year-old listing, 10^9 orders) from meaning anything new.
const MAX_AMOUNT_MAJOR = 1e7;
const MAX_AGE_DAYS = 3650;
const MAX_COUNT = 10_000;
const MAX_COUNT_24H = 100;
const MAX_LISTING_AGE_HOURS = 24 * 3650;
const MIN_PRICE_RATIO = 0.01;
const MAX_PRICE_RATIO = 100;

/** Non-finite or out-of-range upstream values fall back to the bounds rather than NaN, which
 * the tree ensemble would silently route down one branch. */
function clamp(x: number, lo: number, hi: number, fallback = lo): number {
  if (!Number.isFinite(x)) return fallback;
  return Math.min(hi, Math.max(lo, x));
}

const logCount = (x: number, max: number): number => Math.log1p(clamp(x, 0, max));

export function toFeatureVector(input: RiskInput): Float32Array {
  // Major units make EUR 12.34 (1234, exp 2) and JPY 12 (12, exp 0) comparable in scale; the
  // exponent is clamped because ISO 4217 exponents are 0–4.
  const exponent = Math.round(clamp(input.currency_exponent, 0, 4, 2));
  const amountMajor = clamp(input.amount_minor, 0, MAX_AMOUNT_MAJOR * 10 ** exponent) / 10 ** exponent;
  // Symmetric in log space: 10x over and 10x under the median are equally odd. Unknown → 1 → 0.
  const priceRatio = clamp(input.price_vs_category_median, MIN_PRICE_RATIO, MAX_PRICE_RATIO, 1);
  const hour = Math.floor(clamp(input.hour_of_day, 0, 23));

  return Float32Array.from([
    Math.log1p(amountMajor),
    logCount(input.buyer_account_age_days, MAX_AGE_DAYS),
    logCount(input.buyer_prior_orders, MAX_COUNT),
    clamp(input.buyer_orders_last_24h, 0, MAX_COUNT_24H),
    clamp(input.buyer_distinct_sellers_last_24h, 0, MAX_COUNT_24H),
    logCount(input.seller_account_age_days, MAX_AGE_DAYS),
    logCount(input.seller_completed_sales, MAX_COUNT),
    logCount(input.listing_age_hours, MAX_LISTING_AGE_HOURS),
    Math.log(priceRatio),
    hour,
    logCount(input.pair_prior_orders, MAX_COUNT),
  ]);
}

/** The vector a model was trained on, built from its metadata `feature_names`; a name this module
 * does not define is refused when the model loads, not when it scores. */
export function vectorFor(names: readonly string[]): (input: RiskInput) => Float32Array {
  const columns = names.map((name) => {
    const i = FEATURE_NAMES.indexOf(name);
    if (i < 0) throw new Error(`unknown feature ${JSON.stringify(name)}`);
    return i;
  });
  return (input) => {
    const all = toFeatureVector(input);
    return Float32Array.from(columns, (i) => all[i] as number);
  };
}
