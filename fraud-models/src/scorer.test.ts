import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { decisionFor, modelThresholds, scoreOf } from './decision-policy';
import { FEATURE_NAMES, NEVER_HOURS, vectorFor, type RiskInput } from './features';
import { explain } from './reasons';
import { DEFAULT_MODEL_PATH, loadScorer, modelFeatureNames, modelPath, type BatchFraudScorer } from './scorer';

interface ParityFixture {
  model: string;
  feature_names: string[];
  tolerance: number;
  rows: { input: RiskInput; features: number[]; sklearn_probability: number }[];
}

// Written by train/train.py from held-out rows, with sklearn's own predict_proba.
const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, '..', 'test-fixtures', name), 'utf8')) as ParityFixture;

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
  buyer_hours_since_new_device: 700 * 24,
  buyer_device_shared_accounts: 0,
  buyer_card_shared_accounts: 0,
  buyer_hours_since_payout_change: NEVER_HOURS,
  buyer_sales_last_7d: 0,
  pair_prior_reviews: 0,
  seller_reviews_last_30d: 6,
  buyer_device_shared_new_accounts: 0,
  buyer_device_shared_established_accounts: 0,
  buyer_card_shared_new_accounts: 0,
  buyer_prior_disputes: 0,
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
  buyer_hours_since_new_device: 12,
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
  buyer_hours_since_new_device: 7 * 24,
  pair_prior_reviews: 2,
  seller_reviews_last_30d: 2,
  buyer_device_shared_new_accounts: 0,
  buyer_device_shared_established_accounts: 0,
  buyer_card_shared_new_accounts: 0,
  buyer_prior_disputes: 0,
};
// An established account, a device first seen an hour ago, payout details changed 30 minutes ago.
const accountTakeover: RiskInput = {
  ...benign,
  amount_minor: 62_000,
  price_vs_category_median: 2.5,
  buyer_orders_last_24h: 1,
  buyer_distinct_sellers_last_24h: 1,
  hour_of_day: 4,
  pair_prior_orders: 0,
  buyer_hours_since_new_device: 1,
  buyer_hours_since_payout_change: 0.5,
};
// A day-old account registered on a device shared with nine other accounts, paying with a shared card.
const velocityAbuse: RiskInput = {
  ...benign,
  amount_minor: 4_000,
  buyer_account_age_days: 0.05,
  buyer_prior_orders: 0,
  buyer_hours_since_new_device: 1.2,
  buyer_device_shared_accounts: 9,
  buyer_card_shared_accounts: 5,
  pair_prior_orders: 0,
};
// A 20-day-old account that sold eight cheap items this week buys one at the full price.
const triangulation: RiskInput = {
  ...benign,
  amount_minor: 16_000,
  buyer_account_age_days: 20,
  buyer_prior_orders: 6,
  buyer_orders_last_24h: 3,
  buyer_distinct_sellers_last_24h: 3,
  buyer_hours_since_new_device: 20 * 24,
  buyer_hours_since_payout_change: 19 * 24,
  buyer_sales_last_7d: 6,
  pair_prior_orders: 0,
};
const newAccountHighValue: RiskInput = {
  ...benign,
  amount_minor: 55_000,
  buyer_account_age_days: 0.8,
  buyer_prior_orders: 0,
  price_vs_category_median: 3,
  pair_prior_orders: 0,
  buyer_hours_since_new_device: 0.8 * 24,
};
const typologyExamples = [stolenCardBurst, collusion, accountTakeover, velocityAbuse, triangulation, newAccountHighValue];

describe('fraud scorer (committed model)', () => {
  let scorer: BatchFraudScorer;

  beforeAll(async () => {
    scorer = await loadScorer(DEFAULT_MODEL_PATH);
  });

  afterAll(async () => {
    await scorer.close();
  });

  it('is named after the model file', () => {
    expect(scorer.version).toBe('fraud-gbt-v2');
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
    for (const input of [stolenCardBurst, collusion, accountTakeover, velocityAbuse, triangulation]) {
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

  it('still scores with fraud-gbt-v1, from the vector its metadata names', async () => {
    const v1 = fixture('parity.json');
    const path = join(__dirname, '..', 'models', 'fraud-gbt-v1.onnx');
    const names = modelFeatureNames(readFileSync(path));
    expect(names).toEqual(v1.feature_names);
    const session = await InferenceSession.create(path);
    try {
      const toV1 = vectorFor(names);
      const batch = new Float32Array(v1.rows.length * names.length);
      v1.rows.forEach((row, i) => batch.set(toV1(row.input), i * names.length));
      const out = await session.run({ features: new Tensor('float32', batch, [v1.rows.length, names.length]) }, ['probabilities']);
      const p = out['probabilities']!.data as Float32Array;
      const worst = Math.max(...v1.rows.map((row, i) => Math.abs((p[i * 2 + 1] as number) - row.sklearn_probability)));
      expect(worst).toBeLessThan(v1.tolerance);
    } finally {
      await session.release();
    }
  });

  it('refuses a file that is not a model', async () => {
    await expect(loadScorer(join(__dirname, 'features.ts'))).rejects.toThrow();
    expect(() => modelFeatureNames(readFileSync(join(__dirname, 'features.ts')))).toThrow();
  });
});

describe.each(['fraud-gbt-v2', 'fraud-gbt-v3'])('parity of %s with the trained sklearn model on held-out rows', (version) => {
  const parity = fixture(`${version}.parity.json`);
  let scorer: BatchFraudScorer;
  beforeAll(async () => {
    scorer = await loadScorer(modelPath(version));
  });
  afterAll(() => scorer.close());

  it('was produced for this model and feature layout', () => {
    expect(parity.model).toBe(scorer.version);
    expect(modelFeatureNames(readFileSync(modelPath(version)))).toEqual(parity.feature_names);
    expect(parity.rows.length).toBeGreaterThanOrEqual(200);
  });

  it('computes the same features the model was trained on', () => {
    const toVector = vectorFor(parity.feature_names);
    for (const row of parity.rows) expect(Array.from(toVector(row.input))).toEqual(row.features);
  });

  it('matches sklearn within the tolerance', async () => {
    const scores = await scorer.scoreMany(parity.rows.map((r) => r.input));
    const worst = Math.max(...scores.map((s, i) => Math.abs(s - (parity.rows[i]?.sklearn_probability ?? NaN))));
    expect(worst).toBeLessThan(parity.tolerance);
    expect(parity.tolerance).toBeLessThanOrEqual(1e-5);
  });
});

describe('fraud-gbt-v3', () => {
  let scorer: BatchFraudScorer;
  beforeAll(async () => {
    scorer = await loadScorer(modelPath('fraud-gbt-v3'));
  });
  afterAll(() => scorer.close());

  it('is trained on the current features and carries its own decision ladder', () => {
    expect(scorer.featureNames).toEqual([...FEATURE_NAMES]);
    const t = modelThresholds(readFileSync(modelPath('fraud-gbt-v3')));
    expect(t).toEqual(scorer.thresholds);
    expect(t!.step_up).toBeLessThan(t!.review);
    expect(t!.review).toBeLessThan(t!.block);
    expect(modelThresholds(readFileSync(DEFAULT_MODEL_PATH))).toBeNull();
  });

  // The domain's directions (features.ts MONOTONE), swept through the served model on the RiskInput
  // fields they come from. A takeover's two recencies also feed device_payout_change_recency, which
  // decays with both: more hours must still never raise the score.
  const SWEEPS: [keyof RiskInput, 1 | -1, number[]][] = [
    ['buyer_orders_last_24h', 1, [0, 1, 2, 3, 5, 8, 10, 12, 15, 20, 30, 50, 100]],
    ['buyer_distinct_sellers_last_24h', 1, [0, 1, 2, 3, 5, 8, 10, 15, 20, 40, 100]],
    ['buyer_hours_since_new_device', -1, [0, 0.1, 0.5, 1, 3, 6, 12, 24, 36, 48, 72, 120, 240, 720, 2_000, 10_000, NEVER_HOURS]],
    ['buyer_hours_since_payout_change', -1, [0, 0.1, 0.5, 1, 3, 6, 12, 24, 36, 48, 72, 120, 240, 720, 2_000, 10_000, NEVER_HOURS]],
    ['buyer_device_shared_new_accounts', 1, [0, 1, 2, 3, 5, 8, 12, 20, 50]],
    ['buyer_card_shared_new_accounts', 1, [0, 1, 2, 3, 5, 8, 12, 20, 50]],
    ['buyer_device_shared_established_accounts', -1, [0, 1, 2, 3, 4, 6, 10]],
    ['buyer_prior_disputes', 1, [0, 1, 2, 3, 5, 10, 30]],
  ];
  const bases = () => [benign, ...typologyExamples, ...fixture('fraud-gbt-v3.parity.json').rows.map((r) => r.input)];

  it.each(SWEEPS)('never moves against the domain as %s grows (direction %p)', async (field, direction, grid) => {
    const inputs = bases().flatMap((base) => grid.map((value) => ({ ...base, [field]: value })));
    const p = await scorer.scoreMany(inputs);
    let violations = 0;
    for (let row = 0; row < inputs.length; row += grid.length) {
      for (let i = 1; i < grid.length; i++) if (direction * ((p[row + i] as number) - (p[row + i - 1] as number)) < -1e-6) violations++;
    }
    expect(violations).toBe(0);
  });

  it('explains a takeover by its device and payout change, and an ordinary purchase by nothing', async () => {
    const takeover = await explain(scorer, accountTakeover);
    expect(takeover.probability).toBe(await scorer.score(accountTakeover));
    expect(takeover.reasons.length).toBeGreaterThan(0);
    expect(takeover.reasons.length).toBeLessThanOrEqual(3);
    expect(takeover.reasons.map((r) => r.text).join('; ')).toMatch(/device|payout/);
    for (let i = 1; i < takeover.reasons.length; i++) expect(takeover.reasons[i]!.contribution).toBeLessThanOrEqual(takeover.reasons[i - 1]!.contribution);
    expect((await explain(scorer, benign)).reasons).toEqual([]);
  });

  it('does not block a long-standing household sharing a device', async () => {
    const household: RiskInput = { ...benign, buyer_device_shared_accounts: 3, buyer_device_shared_established_accounts: 3, buyer_card_shared_accounts: 1 };
    expect(decisionFor(scoreOf(await scorer.score(household)), scorer.thresholds!)).toBe('allow');
  });
});
