import { FEATURE_NAMES, toFeatureVector, type RiskInput } from '../features';
import { buildDataset, TEST_DAYS, toCsv, type LabelledRow } from './dataset';
import { FRAUD_TYPOLOGIES, type SimulationConfig } from './marketplace';
import { Rng } from './prng';

// A fifteenth of the default population: same typology mix, quick to build.
const small: SimulationConfig = { seed: 42, days: 60, buyers: 2_000, sellers: 400 };

describe('synthetic dataset', () => {
  let rows: LabelledRow[];

  beforeAll(() => {
    rows = buildDataset(small);
  });

  it('is reproducible from the seed alone, and changes with it', () => {
    expect(toCsv(buildDataset(small))).toBe(toCsv(rows));
    expect(toCsv(buildDataset({ ...small, seed: 43 }))).not.toBe(toCsv(rows));
  });

  it('has a realistic class imbalance and every fraud typology', () => {
    const fraudShare = rows.filter((r) => r.label === 1).length / rows.length;
    expect(fraudShare).toBeGreaterThan(0.008);
    expect(fraudShare).toBeLessThan(0.025);
    const typologies = new Set(rows.map((r) => r.typology));
    for (const t of FRAUD_TYPOLOGIES) expect(typologies).toContain(t);
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
        i.buyer_account_age_days < 0 ||
        i.seller_account_age_days < 0 ||
        i.listing_age_hours > i.seller_account_age_days * 24 + 1e-6 ||
        !(Number.isInteger(i.hour_of_day) && i.hour_of_day >= 0 && i.hour_of_day < 24),
    );
    expect(violations).toEqual([]);
  });

  it('gives each typology the signals README.md says reveal it', () => {
    const of = (t: string) => rows.filter((r) => r.typology === t).map((r) => r.input);
    const share = (inputs: RiskInput[], test: (i: RiskInput) => boolean) => inputs.filter(test).length / inputs.length;
    const legit = of('legit');
    // Account takeover: a new device and a payout change on an established account, within a day.
    const ato = (i: RiskInput) => i.buyer_account_age_days >= 30 && i.buyer_hours_since_new_device < 24 && i.buyer_hours_since_payout_change < 24;
    expect(share(of('account_takeover'), ato)).toBeGreaterThan(0.5);
    expect(share(legit, ato)).toBeLessThan(0.001);
    // Velocity abuse and review rings: accounts sharing devices or cards.
    const shared = (i: RiskInput) => i.buyer_device_shared_accounts >= 2 || i.buyer_card_shared_accounts >= 2;
    expect(share(of('velocity_abuse'), shared)).toBeGreaterThan(0.6);
    expect(share(of('review_ring'), shared)).toBeGreaterThan(0.3);
    expect(share(legit, shared)).toBeLessThan(0.01);
    expect(share(of('review_ring'), (i) => i.pair_prior_reviews > 0 || i.seller_reviews_last_30d > 0)).toBeGreaterThan(0.5);
    // Triangulation: the buyer has been selling this week.
    expect(share(of('triangulation'), (i) => i.buyer_sales_last_7d >= 1)).toBeGreaterThan(0.8);
    expect(share(legit, (i) => i.buyer_sales_last_7d >= 3 && i.buyer_account_age_days < 60)).toBeLessThan(0.01);
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
    expect(header.slice(0, 3)).toEqual(['split', 'typology', 'label']);
    expect(header.filter((c) => c.startsWith('feature:'))).toEqual(FEATURE_NAMES.map((f) => `feature:${f}`));
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
