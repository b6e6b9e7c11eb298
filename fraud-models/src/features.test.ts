import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURE_NAMES, NEVER_HOURS, toFeatureVector, vectorFor, type RiskInput } from './features';

const base: RiskInput = {
  amount_minor: 4_999,
  currency_exponent: 2,
  buyer_account_age_days: 120,
  buyer_prior_orders: 7,
  buyer_orders_last_24h: 1,
  buyer_distinct_sellers_last_24h: 1,
  seller_account_age_days: 400,
  seller_completed_sales: 85,
  listing_age_hours: 30,
  price_vs_category_median: 1.1,
  hour_of_day: 19,
  pair_prior_orders: 0,
  buyer_hours_since_new_device: 2_880,
  buyer_device_shared_accounts: 0,
  buyer_card_shared_accounts: 0,
  buyer_hours_since_payout_change: NEVER_HOURS,
  buyer_sales_last_7d: 0,
  pair_prior_reviews: 0,
  seller_reviews_last_30d: 4,
  buyer_device_shared_new_accounts: 0,
  buyer_device_shared_established_accounts: 0,
  buyer_card_shared_new_accounts: 0,
  buyer_prior_disputes: 0,
};

const feature = (input: RiskInput, name: string): number => {
  const index = FEATURE_NAMES.indexOf(name);
  expect(index).toBeGreaterThanOrEqual(0);
  return toFeatureVector(input)[index] as number;
};

describe('toFeatureVector', () => {
  it('emits one finite float32 per FEATURE_NAMES entry, named uniquely', () => {
    const vector = toFeatureVector(base);
    expect(vector).toBeInstanceOf(Float32Array);
    expect(vector).toHaveLength(FEATURE_NAMES.length);
    expect(new Set(FEATURE_NAMES).size).toBe(FEATURE_NAMES.length);
    expect(Array.from(vector).every(Number.isFinite)).toBe(true);
  });

  it('puts each input in its named column', () => {
    expect(feature({ ...base, buyer_orders_last_24h: 9 }, 'buyer_orders_last_24h')).toBe(9);
    expect(feature({ ...base, buyer_distinct_sellers_last_24h: 4 }, 'buyer_distinct_sellers_last_24h')).toBe(4);
    expect(feature({ ...base, hour_of_day: 3 }, 'hour_of_day')).toBe(3);
    expect(feature({ ...base, pair_prior_orders: 3 }, 'log_pair_prior_orders')).toBeCloseTo(Math.log(4), 6);
    expect(feature({ ...base, amount_minor: 1_000_000 }, 'log_amount_major')).toBeCloseTo(Math.log1p(10_000), 5);
  });

  it('is pure: same input, same vector, input untouched', () => {
    const copy = { ...base };
    expect(toFeatureVector(base)).toEqual(toFeatureVector(base));
    expect(base).toEqual(copy);
  });

  it('is monotonic in the amount', () => {
    const amounts = [0, 1, 99, 5_000, 120_000, 9_999_999];
    const values = amounts.map((amount_minor) => feature({ ...base, amount_minor }, 'log_amount_major'));
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1] as number);
  });

  it('treats the same major amount alike across currency exponents (EUR 250.00 vs JPY 250)', () => {
    const eur = feature({ ...base, amount_minor: 25_000, currency_exponent: 2 }, 'log_amount_major');
    const jpy = feature({ ...base, amount_minor: 250, currency_exponent: 0 }, 'log_amount_major');
    expect(jpy).toBe(eur);
  });

  it('clamps out-of-range and non-finite values instead of extrapolating or emitting NaN', () => {
    const absurd: RiskInput = {
      amount_minor: 1e15,
      currency_exponent: Number.NaN,
      buyer_account_age_days: -5,
      buyer_prior_orders: 1e9,
      buyer_orders_last_24h: 5_000,
      buyer_distinct_sellers_last_24h: Number.POSITIVE_INFINITY,
      seller_account_age_days: 1e6,
      seller_completed_sales: -1,
      listing_age_hours: Number.NaN,
      price_vs_category_median: 0,
      hour_of_day: 27.5,
      pair_prior_orders: 1e7,
      buyer_hours_since_new_device: -3,
      buyer_device_shared_accounts: Number.NaN,
      buyer_card_shared_accounts: 1e6,
      buyer_hours_since_payout_change: Number.NaN,
      buyer_sales_last_7d: -2,
      pair_prior_reviews: 1e9,
      seller_reviews_last_30d: Number.POSITIVE_INFINITY,
      buyer_device_shared_new_accounts: 0,
      buyer_device_shared_established_accounts: 0,
      buyer_card_shared_new_accounts: 0,
      buyer_prior_disputes: 0,
    };
    const vector = toFeatureVector(absurd);
    expect(Array.from(vector).every(Number.isFinite)).toBe(true);
    const at = (name: string) => vector[FEATURE_NAMES.indexOf(name)];
    const sameAs = (name: string, bound: Partial<RiskInput>) => expect(at(name)).toBe(feature({ ...base, ...bound }, name));
    expect(at('log_buyer_account_age_days')).toBe(0);
    sameAs('log_buyer_prior_orders', { buyer_prior_orders: 10_000 });
    expect(at('buyer_orders_last_24h')).toBe(100);
    sameAs('log_seller_account_age_days', { seller_account_age_days: 3650 });
    expect(at('log_seller_completed_sales')).toBe(0);
    expect(at('log_listing_age_hours')).toBe(0);
    expect(at('hour_of_day')).toBe(23);
    sameAs('log_price_vs_category_median', { price_vs_category_median: 0.01 });
    expect(at('log_buyer_hours_since_new_device')).toBe(0);
    expect(at('buyer_device_shared_accounts')).toBe(0);
    expect(at('buyer_card_shared_accounts')).toBe(100);
    // Unknown payout history reads as "never changed", not "changed just now".
    sameAs('log_buyer_hours_since_payout_change', { buyer_hours_since_payout_change: NEVER_HOURS });
    expect(at('log_buyer_sales_last_7d')).toBe(0);
    sameAs('log_pair_prior_reviews', { pair_prior_reviews: 10_000 });
    sameAs('log_seller_reviews_last_30d', { seller_reviews_last_30d: 0 });
    // A NaN exponent falls back to the common 2, so 1e15 minor units clamp at the major-unit cap.
    sameAs('log_amount_major', { amount_minor: 1e9, currency_exponent: 2 });
  });

  it('encodes the price ratio symmetrically, with the unknown ratio 1 at zero', () => {
    expect(feature({ ...base, price_vs_category_median: 1 }, 'log_price_vs_category_median')).toBe(0);
    const over = feature({ ...base, price_vs_category_median: 10 }, 'log_price_vs_category_median');
    const under = feature({ ...base, price_vs_category_median: 0.1 }, 'log_price_vs_category_median');
    expect(over).toBeCloseTo(-under, 6);
    expect(feature({ ...base, price_vs_category_median: Number.NaN }, 'log_price_vs_category_median')).toBe(0);
  });
});

describe('vectorFor', () => {
  // fraud-gbt-v1's columns, as its ONNX metadata `feature_names` lists them.
  const v1 = JSON.parse(readFileSync(join(__dirname, '..', 'test-fixtures', 'parity.json'), 'utf8')) as {
    feature_names: string[];
    rows: { input: RiskInput; features: number[] }[];
  };

  it("builds the current model's vector from FEATURE_NAMES", () => {
    expect(vectorFor(FEATURE_NAMES)(base)).toEqual(toFeatureVector(base));
  });

  it("still builds fraud-gbt-v1's 11 columns exactly as v1 was trained on them", () => {
    expect(v1.feature_names).toHaveLength(11);
    const toV1 = vectorFor(v1.feature_names);
    for (const row of v1.rows) expect(Array.from(toV1(row.input))).toEqual(row.features);
  });

  it('follows the order it is given', () => {
    const [a, b] = ['hour_of_day', 'buyer_orders_last_24h'];
    expect(Array.from(vectorFor([a!, b!])(base))).toEqual([19, 1]);
    expect(Array.from(vectorFor([b!, a!])(base))).toEqual([1, 19]);
  });

  it('refuses a name it does not know, including inherited object keys', () => {
    expect(() => vectorFor(['hour_of_day', 'log_amount_usd'])).toThrow('unknown feature "log_amount_usd"');
    expect(() => vectorFor(['constructor'])).toThrow('unknown feature');
  });
});
