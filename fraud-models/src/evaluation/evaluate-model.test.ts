import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decisionFor, scoreOf } from '../decision-policy';
import type { RiskInput } from '../features';
import { DEFAULT_MODEL_PATH, loadScorer, type BatchFraudScorer } from '../scorer';
import { API_DEFAULT_THRESHOLDS } from './decision-rates';
import type { EvalRow } from './eval-rows';
import { evaluateModel, type EvaluationSet } from './evaluate-model';

// Held-out rows train.py wrote for the parity test; the ones v2 finds clearly legitimate serve as
// two legit segments, and the takeover pattern from README.md (a new device, a payout change) as fraud.
const parity = JSON.parse(readFileSync(join(__dirname, '..', '..', 'test-fixtures', 'fraud-gbt-v2.parity.json'), 'utf8')) as {
  rows: { input: RiskInput; sklearn_probability: number }[];
};
const legit = parity.rows.filter((r) => r.sklearn_probability < 0.05).map((r) => r.input);
const takeover = (i: number): RiskInput => ({
  ...(legit[i] as RiskInput),
  buyer_account_age_days: 400,
  buyer_hours_since_new_device: 1 + i,
  buyer_hours_since_payout_change: 0.5 + i,
});
const rows: EvalRow[] = [
  ...legit.map((input, i): EvalRow => ({ typology: 'legit', segment: i % 2 === 0 ? 'ordinary' : 'households', label: 0, input })),
  ...Array.from({ length: 12 }, (_, i): EvalRow => ({ typology: 'account_takeover', segment: 'account_takeover', label: 1, input: takeover(i) })),
];
const sets: EvaluationSet[] = [
  { name: 'generator', source: 'parity rows', rows },
  { name: 'blind', source: 'parity rows, reversed', rows: rows.slice().reverse() },
];
const options = { resamples: 40, sweep_rows: 10 };

let scorer: BatchFraudScorer;
beforeAll(async () => {
  scorer = await loadScorer(DEFAULT_MODEL_PATH);
});
afterAll(async () => {
  await scorer.close();
});

test('each set is measured through the served decision ladder, per typology and per legitimate segment', async () => {
  const e = await evaluateModel(scorer, sets, options);
  expect(e.thresholds).toEqual(API_DEFAULT_THRESHOLDS);
  const generator = e.sets.generator;
  if (!generator) throw new Error('no generator set');
  expect(generator.rows).toBe(rows.length);
  expect(Object.keys(generator.by_typology)).toEqual(['account_takeover']);
  expect(Object.keys(generator.by_segment)).toEqual(['households', 'ordinary']);

  const probabilities = await scorer.scoreMany(rows.map((r) => r.input));
  const share = (typology: string, segment: string, rung: 'review' | 'block') => {
    const members = probabilities.filter((_, i) => rows[i]?.typology === typology && rows[i]?.segment === segment);
    const reached = members.filter((p) => ['review', 'block'].slice(rung === 'review' ? 0 : 1).includes(decisionFor(scoreOf(p), API_DEFAULT_THRESHOLDS)));
    return reached.length / members.length;
  };
  expect(generator.by_typology.account_takeover?.reviewed).toBe(share('account_takeover', 'account_takeover', 'review'));
  expect(generator.by_typology.account_takeover?.blocked).toBe(share('account_takeover', 'account_takeover', 'block'));
  expect(generator.by_segment.households?.reviewed).toBe(share('legit', 'households', 'review'));
  expect(generator.by_typology.account_takeover?.reviewed).toBeGreaterThan(0.5);

  // Row order is not information: the reversed copy measures the same point estimates.
  expect(e.sets.blind?.model).toEqual(generator.model);
  expect(e.sets.blind?.by_segment).toEqual(generator.by_segment);
  expect(e.holds_on_both).toBe(generator.holds && e.sets.blind?.holds);
  for (const [path, interval] of Object.entries(generator.ci95)) {
    if (interval) expect([path, interval[0] <= interval[1]]).toEqual([path, true]);
  }
});

test('a seed reproduces the whole report', async () => {
  expect(await evaluateModel(scorer, sets, options)).toEqual(await evaluateModel(scorer, sets, options));
  const other = await evaluateModel(scorer, sets, { ...options, seed: 17 });
  expect(other.sets.generator?.model).toEqual((await evaluateModel(scorer, sets, options)).sets.generator?.model);
  expect(other.sets.generator?.ci95).not.toEqual((await evaluateModel(scorer, sets, options)).sets.generator?.ci95);
});

test('without the blind set a model cannot hold on both', async () => {
  const e = await evaluateModel(scorer, sets.slice(0, 1), options);
  expect(e.missing_sets).toEqual(['blind']);
  expect(e.holds_on_both).toBe(false);
});

test('the monotonicity sweep covers the constrained features the model takes as input', async () => {
  const sweep = (await evaluateModel(scorer, sets.slice(0, 1), options)).sets.generator?.monotonicity;
  expect(sweep?.features.map((f) => f.feature)).toEqual([
    'buyer_orders_last_24h',
    'buyer_distinct_sellers_last_24h',
    'log_buyer_hours_since_new_device',
    'log_buyer_hours_since_payout_change',
  ]);
  expect(sweep?.not_model_inputs).toContain('device_payout_change_recency');
  expect(sweep?.features.every((f) => f.sweeps === 10)).toBe(true);
  // v2 was trained without monotone constraints, and its score moves against them.
  expect(sweep?.violations).toBeGreaterThan(0);
});

test("a model's own thresholds replace the API's defaults", async () => {
  const ladder = { step_up: 1, review: 50, block: 95 };
  const e = await evaluateModel({ ...scorer, thresholds: ladder }, sets.slice(0, 1), options);
  expect(e.thresholds).toEqual(ladder);
  expect(e.thresholds_source).toBe('model');
  const model = e.sets.generator?.model;
  // Scores 1–49 are now stepped up, not reviewed: the step-up rung holds far more than the review queue.
  expect(model?.share_stepped_up).toBeGreaterThan(2 * (model?.share_reviewed ?? 1));
});
