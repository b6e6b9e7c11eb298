import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURE_NAMES, toFeatureVector, type RiskInput } from './features';
import { DEFAULT_MODEL_PATH, loadScorer, type BatchFraudScorer } from './scorer';

interface ParityFixture {
  model: string;
  feature_names: string[];
  tolerance: number;
  rows: { input: RiskInput; features: number[]; sklearn_probability: number }[];
}

// Written by train/train.py from held-out rows, with sklearn's own predict_proba.
const parity = JSON.parse(
  readFileSync(join(__dirname, '..', 'test-fixtures', 'parity.json'), 'utf8'),
) as ParityFixture;

const benign: RiskInput = {
  amount_minor: 3_500,
  currency_exponent: 2,
  buyer_account_age_days: 700,
  buyer_prior_orders: 40,
  buyer_orders_last_24h: 0,
  buyer_distinct_sellers_last_24h: 0,
  seller_account_age_days: 900,
  seller_completed_sales: 300,
  listing_age_hours: 72,
  price_vs_category_median: 1,
  hour_of_day: 19,
  pair_prior_orders: 1,
};

// Typology examples from README.md.
const stolenCardBurst: RiskInput = {
  ...benign,
  amount_minor: 24_900,
  buyer_account_age_days: 0.5,
  buyer_prior_orders: 7,
  buyer_orders_last_24h: 7,
  buyer_distinct_sellers_last_24h: 7,
  price_vs_category_median: 1.3,
  hour_of_day: 3,
  pair_prior_orders: 0,
};
const collusion: RiskInput = {
  ...benign,
  amount_minor: 48_000,
  buyer_account_age_days: 7,
  buyer_prior_orders: 2,
  buyer_orders_last_24h: 1,
  buyer_distinct_sellers_last_24h: 1,
  seller_account_age_days: 10,
  seller_completed_sales: 0,
  listing_age_hours: 1.5,
  price_vs_category_median: 8,
  pair_prior_orders: 2,
};
const accountTakeover: RiskInput = {
  ...benign,
  amount_minor: 8_000,
  buyer_orders_last_24h: 12,
  buyer_distinct_sellers_last_24h: 6,
  hour_of_day: 4,
  pair_prior_orders: 0,
};
const newAccountHighValue: RiskInput = {
  ...benign,
  amount_minor: 55_000,
  buyer_account_age_days: 0.8,
  buyer_prior_orders: 0,
  price_vs_category_median: 3,
  pair_prior_orders: 0,
};
const typologyExamples = [stolenCardBurst, collusion, accountTakeover, newAccountHighValue];

describe('fraud scorer (committed model)', () => {
  let scorer: BatchFraudScorer;

  beforeAll(async () => {
    scorer = await loadScorer();
  });

  afterAll(async () => {
    await scorer.close();
  });

  it('is named after the model file', () => {
    expect(DEFAULT_MODEL_PATH).toMatch(/models[/\\]fraud-gbt-v1\.onnx$/);
    expect(scorer.version).toBe('fraud-gbt-v1');
  });

  it('returns deterministic probabilities in [0, 1]', async () => {
    for (const input of [benign, ...typologyExamples]) {
      const first = await scorer.score(input);
      expect(first).toBeGreaterThanOrEqual(0);
      expect(first).toBeLessThanOrEqual(1);
      expect(await scorer.score(input)).toBe(first);
    }
  });

  it('scores typology examples well above an ordinary purchase', async () => {
    const low = await scorer.score(benign);
    expect(low).toBeLessThan(0.05);
    for (const input of [stolenCardBurst, collusion, accountTakeover]) {
      expect(await scorer.score(input)).toBeGreaterThan(0.5);
    }
    // The weakest typology (one purchase, nothing but age and price to go on) still stands out.
    expect(await scorer.score(newAccountHighValue)).toBeGreaterThan(10 * low);
  });

  it('batches in input order, agreeing with single scores', async () => {
    const inputs = [collusion, benign, ...typologyExamples];
    const batch = await scorer.scoreMany(inputs);
    expect(batch).toEqual(await Promise.all(inputs.map((i) => scorer.score(i))));
    expect(await scorer.scoreMany([])).toEqual([]);
  });

  describe('parity with the trained sklearn model on held-out rows', () => {
    it('was produced for this model and feature layout', () => {
      expect(parity.model).toBe(scorer.version);
      expect(parity.feature_names).toEqual([...FEATURE_NAMES]);
      expect(parity.rows.length).toBeGreaterThanOrEqual(200);
    });

    it('computes the same features the model was trained on', () => {
      for (const row of parity.rows) expect(Array.from(toFeatureVector(row.input))).toEqual(row.features);
    });

    it('matches sklearn predict_proba within the tolerance', async () => {
      const scores = await scorer.scoreMany(parity.rows.map((r) => r.input));
      const worst = Math.max(...scores.map((s, i) => Math.abs(s - (parity.rows[i]?.sklearn_probability ?? NaN))));
      expect(worst).toBeLessThan(parity.tolerance);
      expect(parity.tolerance).toBeLessThanOrEqual(1e-5);
    });
  });

  it('refuses a file that is not a model', async () => {
    await expect(loadScorer(join(__dirname, 'features.ts'))).rejects.toThrow();
  });
});
