import { NEVER_HOURS } from './features';
import { scoreSeller } from './seller-risk';
import type { SellerRiskInput } from './seller-risk-input';

const established: SellerRiskInput = {
  moment: 'payout',
  seller_account_age_days: 400,
  seller_completed_sales: 80,
  seller_open_sales: 3,
  seller_open_high_value_sales: 0,
  listing_price_vs_category_median: 1,
  seller_hours_since_payout_change: NEVER_HOURS,
  seller_sales_last_90d: 20,
  seller_disputes_last_90d: 0,
  seller_device_shared_accounts: 0,
};
const fresh: SellerRiskInput = {
  ...established,
  seller_account_age_days: 2,
  seller_completed_sales: 0,
  seller_open_sales: 6,
  seller_open_high_value_sales: 6,
  seller_sales_last_90d: 7,
  seller_hours_since_payout_change: 5,
};
const middling: SellerRiskInput = {
  ...established,
  seller_account_age_days: 40,
  seller_completed_sales: 3,
  seller_open_sales: 2,
  seller_open_high_value_sales: 1,
  seller_sales_last_90d: 5,
};
const BASES = { established, fresh, middling, listing: { ...middling, moment: 'listing' as const } };

type Key = Exclude<keyof SellerRiskInput, 'moment'>;
// Each input, the values swept, and the direction risk must move as the value grows.
const SWEEPS: { key: Key; values: number[]; direction: 'up' | 'down' }[] = [
  { key: 'seller_account_age_days', values: [0, 0.5, 1, 3, 7, 14, 30, 60, 180, 365, 3650], direction: 'down' },
  { key: 'seller_completed_sales', values: [0, 1, 2, 3, 5, 10, 50, 500], direction: 'down' },
  { key: 'seller_open_sales', values: [0, 1, 2, 5, 10, 40, 200], direction: 'up' },
  { key: 'seller_open_high_value_sales', values: [0, 1, 2, 3, 6, 10, 50], direction: 'up' },
  { key: 'listing_price_vs_category_median', values: [0.01, 0.05, 0.1, 0.2, 0.5, 0.9, 1, 2, 5, 100], direction: 'down' },
  { key: 'seller_hours_since_payout_change', values: [0, 0.5, 1, 6, 24, 72, 168, 720, NEVER_HOURS], direction: 'down' },
  { key: 'seller_sales_last_90d', values: [0, 1, 3, 10, 100], direction: 'down' },
  { key: 'seller_disputes_last_90d', values: [0, 1, 2, 5, 20], direction: 'up' },
  { key: 'seller_device_shared_accounts', values: [0, 1, 2, 5, 30], direction: 'up' },
];

describe('seller risk score', () => {
  describe.each(Object.entries(BASES))('is monotone from a %s seller', (_name, base) => {
    test.each(SWEEPS)('in $key ($direction)', ({ key, values, direction }) => {
      const p = values.map((v) => scoreSeller({ ...base, [key]: v }).probability);
      for (let i = 1; i < p.length; i++) {
        if (direction === 'up') expect(p[i]).toBeGreaterThanOrEqual(p[i - 1]!);
        else expect(p[i]).toBeLessThanOrEqual(p[i - 1]!);
      }
    });
  });

  // A zero weight would pass the order checks: from a seller with every signal present, each sweep moves the score.
  const active: SellerRiskInput = {
    ...middling,
    seller_disputes_last_90d: 1,
    seller_hours_since_payout_change: 24,
    seller_device_shared_accounts: 1,
    listing_price_vs_category_median: 0.5,
  };
  test.each(SWEEPS)('moves with $key', ({ key, values }) => {
    expect(scoreSeller({ ...active, [key]: values[0] }).probability).not.toBeCloseTo(scoreSeller({ ...active, [key]: values[values.length - 1] }).probability, 4);
  });

  test('a payout change counts more just before money leaves than at listing', () => {
    expect(scoreSeller(fresh).probability).toBeGreaterThan(scoreSeller({ ...fresh, moment: 'listing' }).probability);
  });

  test('an established seller scores near zero with no reasons; a non-delivery pattern scores high, explained in words', () => {
    expect(scoreSeller(established)).toEqual({ probability: expect.any(Number), score: 0, reasons: [] });
    const s = scoreSeller(fresh);
    expect(s.score).toBeGreaterThanOrEqual(90);
    expect(s.reasons.map((r) => r.text)).toEqual([
      '6 open sales of ≥ 2× the category median and no completed sale yet',
      'payout details changed 5 hours ago',
      'seller account is 2 days old',
    ]);
    expect(s.reasons[0]!.contribution).toBeGreaterThan(s.reasons[1]!.contribution);
  });

  test('reason texts for pricing, disputes, shared devices and long-ago changes', () => {
    const listing = scoreSeller({ ...established, moment: 'listing', seller_account_age_days: 0.2, listing_price_vs_category_median: 0.15 });
    expect(listing.reasons.map((r) => r.text)).toEqual(['listed at 15% of the category median', 'seller account is less than a day old']);
    const s = scoreSeller({ ...established, seller_disputes_last_90d: 4, seller_sales_last_90d: 5, seller_device_shared_accounts: 1, seller_hours_since_payout_change: 80 });
    expect(s.reasons.map((r) => r.text)).toEqual(['4 disputes on 5 sales in the last 90 days', 'payout details changed 3 days ago', "1 other account on the seller's devices"]);
  });

  test('bad upstream values read as nothing known, never as risk', () => {
    const bad = scoreSeller({
      ...established,
      seller_open_sales: Number.NaN,
      listing_price_vs_category_median: 0,
      seller_hours_since_payout_change: Number.NaN,
      seller_disputes_last_90d: -3,
    });
    expect(bad.score).toBe(scoreSeller(established).score);
    expect(Number.isFinite(bad.probability)).toBe(true);
  });
});
