import { FEATURE_NAMES, toFeatureVector, type RiskInput } from '../features';
import { buildDataset, TEST_DAYS, toCsv, type LabelledRow } from './dataset';
import { FRAUD_TYPOLOGIES, LEGIT_SEGMENTS, type SimulationConfig } from './marketplace';
import { Rng } from './prng';

// A fifteenth of the default population: same typology mix, quick to build.
const small: SimulationConfig = { seed: 42, days: 60, buyers: 2_000, sellers: 400 };
// A fifth: enough incidents of every typology for shares to mean something.
const medium: SimulationConfig = { seed: 7, days: 60, buyers: 6_000, sellers: 1_200 };

describe('synthetic dataset', () => {
  let rows: LabelledRow[];

  beforeAll(() => {
    rows = buildDataset(small);
  });

  it('is reproducible from the seed alone, and changes with it', () => {
    expect(toCsv(buildDataset(small))).toBe(toCsv(rows));
    expect(toCsv(buildDataset({ ...small, seed: 43 }))).not.toBe(toCsv(rows));
  });

  it('has a realistic class imbalance, every fraud typology and every legitimate segment', () => {
    const fraudShare = rows.filter((r) => r.label === 1).length / rows.length;
    expect(fraudShare).toBeGreaterThan(0.012);
    expect(fraudShare).toBeLessThan(0.025);
    expect(new Set(rows.map((r) => r.typology))).toEqual(new Set(['legit', ...FRAUD_TYPOLOGIES]));
    // A fraud order's segment is its typology; a legitimate order's, one of the segments.
    expect(rows.every((r) => r.segment === (r.typology === 'legit' ? r.segment : r.typology))).toBe(true);
    expect(new Set(rows.filter((r) => r.typology === 'legit').map((r) => r.segment))).toEqual(new Set(LEGIT_SEGMENTS));
  });

  it('adds label noise in both directions', () => {
    expect(rows.some((r) => r.typology === 'legit' && r.label === 1)).toBe(true);
    expect(rows.some((r) => r.typology !== 'legit' && r.label === 0)).toBe(true);
  });

  it('derives features through the serving code path', () => {
    expect(rows.every((row) => toFeatureVector(row.input).every((x, j) => x === row.features[j]))).toBe(true);
  });

  it('only lets earlier orders shape an order’s history features', () => {
    const violations = rows.filter(
      ({ input: i }) =>
        i.buyer_distinct_sellers_last_24h > i.buyer_orders_last_24h ||
        i.buyer_orders_last_24h > i.buyer_prior_orders ||
        i.pair_prior_orders > i.buyer_prior_orders ||
        i.buyer_prior_disputes > i.buyer_prior_orders ||
        i.buyer_account_age_days < 0 ||
        i.seller_account_age_days < 0 ||
        i.listing_age_hours > i.seller_account_age_days * 24 + 1e-6 ||
        !(Number.isInteger(i.hour_of_day) && i.hour_of_day >= 0 && i.hour_of_day < 24),
    );
    expect(violations).toEqual([]);
  });

  it('holds out the last days in time order', () => {
    const firstTest = rows.findIndex((r) => r.split === 'test');
    expect(firstTest).toBeGreaterThan(0);
    expect(rows.slice(firstTest).every((r) => r.split === 'test')).toBe(true);
    const testShare = (rows.length - firstTest) / rows.length;
    expect(testShare).toBeCloseTo(TEST_DAYS / small.days, 1);
  });

  it('writes a header naming inputs and features in model order', () => {
    const header = toCsv(rows.slice(0, 1)).split('\n')[0]?.split(',') ?? [];
    expect(header.slice(0, 4)).toEqual(['split', 'typology', 'segment', 'label']);
    expect(header.filter((c) => c.startsWith('feature:'))).toEqual(FEATURE_NAMES.map((f) => `feature:${f}`));
  });
});

describe('synthetic typologies and segments', () => {
  const bySegment = new Map<string, RiskInput[]>();
  beforeAll(() => {
    for (const row of buildDataset(medium)) bySegment.set(row.segment, [...(bySegment.get(row.segment) ?? []), row.input]);
  });
  const of = (segment: string) => bySegment.get(segment) ?? [];
  const share = (segment: string, test: (i: RiskInput) => boolean) => of(segment).filter(test).length / of(segment).length;
  const legit = (test: (i: RiskInput) => boolean) => {
    const inputs = LEGIT_SEGMENTS.flatMap(of);
    return inputs.filter(test).length / inputs.length;
  };
  const DAY = 24; // hours, as RiskInput counts them

  it('has enough orders of each to learn from', () => {
    for (const t of FRAUD_TYPOLOGIES) expect(of(t).length).toBeGreaterThan(20);
    for (const s of LEGIT_SEGMENTS) expect(of(s).length).toBeGreaterThan(200);
  });

  it('gives account takeovers a new device and a payout change on an old account, some of it days old', () => {
    const recent = (i: RiskInput) => i.buyer_account_age_days >= 30 && i.buyer_hours_since_new_device < 7 * DAY && i.buyer_hours_since_payout_change < 7 * DAY;
    expect(share('account_takeover', (i) => i.buyer_account_age_days >= 30 && i.buyer_hours_since_new_device < 7 * DAY)).toBeGreaterThan(0.85);
    expect(share('account_takeover', recent)).toBeGreaterThan(0.5);
    expect(share('account_takeover', (i) => i.buyer_hours_since_payout_change > 2 * DAY && i.buyer_hours_since_payout_change < 30 * DAY)).toBeGreaterThan(0.15);
    expect(legit(recent)).toBeLessThan(0.005);
    // The honest look-alike: back on a new phone, payout details changed the same week.
    expect(share('new_device', recent)).toBeGreaterThan(0.01);
  });

  it('gives stealth takeovers no new device and no payout change, only a spending change on an old account', () => {
    const quiet = (i: RiskInput) => i.buyer_account_age_days >= 60 && i.buyer_hours_since_new_device > 30 * DAY && i.buyer_hours_since_payout_change > 30 * DAY;
    expect(share('stealth_takeover', quiet)).toBeGreaterThan(0.8);
    expect(share('stealth_takeover', (i) => i.price_vs_category_median > 2)).toBeGreaterThan(0.4);
    expect(share('stealth_takeover', (i) => i.buyer_distinct_sellers_last_24h >= 1)).toBeGreaterThan(0.5);
  });

  it('links farms by device or card, and households by long-standing accounts', () => {
    const newOnDevice = (i: RiskInput) => i.buyer_device_shared_new_accounts >= 1;
    expect(share('velocity_abuse', newOnDevice)).toBeGreaterThan(0.6);
    expect(share('review_ring', (i) => i.buyer_device_shared_accounts >= 1 || i.buyer_card_shared_accounts >= 1)).toBeGreaterThan(0.3);
    expect(share('household', (i) => i.buyer_device_shared_established_accounts >= 1)).toBeGreaterThan(0.8);
    expect(share('household', (i) => i.buyer_card_shared_accounts >= 1)).toBeGreaterThan(0.05);
    // Sometimes a brand-new family member, on a device shared with established accounts.
    expect(share('household', (i) => i.buyer_account_age_days < 7 && i.buyer_device_shared_established_accounts >= 1)).toBeGreaterThan(0.01);
    expect(share('ordinary', (i) => i.buyer_device_shared_accounts >= 1)).toBeLessThan(0.01);
  });

  it('gives the reset and distributed variants nothing shared at payment time, only brand-new accounts', () => {
    const fresh = (i: RiskInput) => i.buyer_account_age_days < 2 && i.buyer_device_shared_accounts === 0 && i.buyer_prior_orders === 0;
    expect(share('distributed_card_testing', fresh)).toBeGreaterThan(0.9);
    expect(share('distributed_card_testing', (i) => i.price_vs_category_median < 1)).toBeGreaterThan(0.7);
    expect(share('promo_abuse', (i) => fresh(i) || i.buyer_card_shared_new_accounts >= 1)).toBeGreaterThan(0.9);
    expect(share('new_user', (i) => i.buyer_account_age_days < 1)).toBeGreaterThan(0.2);
  });

  it('gives sleeper bust-outs an old quiet account on its own device that suddenly buys a lot', () => {
    expect(share('sleeper_bust_out', (i) => i.buyer_account_age_days >= 60 && i.buyer_hours_since_new_device >= i.buyer_account_age_days * 24 - 1e-6)).toBeGreaterThan(0.9);
    expect(share('sleeper_bust_out', (i) => i.buyer_orders_last_24h >= 2)).toBeGreaterThan(0.5);
    expect(share('gift_spree', (i) => i.buyer_distinct_sellers_last_24h >= 2)).toBeGreaterThan(0.5);
  });

  it('gives rings reviews, aged rings old accounts, and triangulation recent sales', () => {
    const reviewed = (i: RiskInput) => i.pair_prior_reviews > 0 || i.seller_reviews_last_30d > 0;
    expect(share('review_ring', reviewed)).toBeGreaterThan(0.5);
    expect(share('aged_review_ring', reviewed)).toBeGreaterThan(0.3);
    expect(share('aged_review_ring', (i) => i.buyer_account_age_days >= 30 && i.seller_account_age_days >= 30)).toBeGreaterThan(0.9);
    expect(share('triangulation', (i) => i.buyer_sales_last_7d >= 1)).toBeGreaterThan(0.8);
    expect(legit((i) => i.buyer_sales_last_7d >= 3 && i.buyer_account_age_days < 60)).toBeLessThan(0.01);
  });

  it('launders at extreme prices through a young seller, or a recruited established one', () => {
    expect(share('collusion', (i) => i.seller_account_age_days < 30 && i.price_vs_category_median > 2)).toBeGreaterThan(0.7);
    expect(share('recruited_seller_laundering', (i) => i.seller_account_age_days >= 90 && i.price_vs_category_median > 2)).toBeGreaterThan(0.7);
    expect(share('recruited_seller_laundering', (i) => i.pair_prior_orders >= 1)).toBeGreaterThan(0.5);
    expect(share('collector', (i) => i.price_vs_category_median > 2)).toBeGreaterThan(0.5);
    expect(share('viral_seller_buyer', (i) => i.seller_account_age_days < 30 && i.seller_completed_sales < 5)).toBeGreaterThan(0.3);
  });

  it('gives friendly fraud earlier disputes, which honest buyers have too, less often', () => {
    const disputed = (i: RiskInput) => i.buyer_prior_disputes >= 1;
    expect(share('friendly_fraud', disputed)).toBeGreaterThan(0.35);
    expect(legit(disputed)).toBeGreaterThan(0.01);
    expect(legit(disputed)).toBeLessThan(0.15);
  });
});

describe('Rng', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = new Rng(7);
    const b = new Rng(7);
    for (let i = 0; i < 1_000; i++) {
      const x = a.next();
      expect(x).toBe(b.next());
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
