// Training/serving parity: the features the model was trained on (replayed from the simulated
// history by fraud-models/src/synthetic/history.ts) must be exactly what serving's loadRiskInput
// computes from the same history in Postgres — and so must the model's scores. Every order of a
// smaller simulated marketplace (both splits, every typology and legitimate segment) is checked, not a sample.
import { DEFAULT_MODEL_PATH, type BatchFraudScorer, type RiskInput, loadScorer, toFeatureVector } from '@agora/fraud-models';
import { TEST_DAYS } from '../../../../../fraud-models/src/synthetic/dataset';
import { replayRiskInputs } from '../../../../../fraud-models/src/synthetic/history';
import { FRAUD_TYPOLOGIES, LEGIT_SEGMENTS, simulateMarketplace } from '../../../../../fraud-models/src/synthetic/marketplace';
import { toDate, toMs } from '../../../../../fraud-models/src/synthetic/timeline';
import { type TestContext, createTestContext } from '../../../../../test/harness';
import { loadSimulation } from '../../../../../test/synthetic-marketplace';
import { loadRiskInput } from './risk.repository';

// 1/15 of the default population over 30 days: ~6,200 orders, at least one incident of each typology.
const SIMULATION = { seed: 11, days: 30, buyers: 2_000, sellers: 400 };

let test_: TestContext;
let scorer: BatchFraudScorer;
beforeAll(async () => {
  test_ = await createTestContext();
  scorer = await loadScorer(DEFAULT_MODEL_PATH);
});
afterAll(async () => {
  await scorer.close();
  await test_.close();
});

test('serving computes exactly the training features and scores for every order', async () => {
  const simulation = simulateMarketplace(SIMULATION);
  const replayed = replayRiskInputs(simulation);
  const { orders } = await loadSimulation(test_.ctx.db, simulation);

  const all = simulation.orders.map((event, i) => ({ event, training: replayed[i]! }));
  expect(new Set(all.map((h) => h.event.typology))).toEqual(new Set(['legit', ...FRAUD_TYPOLOGIES]));
  expect(new Set(all.map((h) => h.event.segment))).toEqual(new Set([...LEGIT_SEGMENTS, ...FRAUD_TYPOLOGIES]));
  expect(all.filter((h) => h.event.t >= (SIMULATION.days - TEST_DAYS) * 24).length).toBeGreaterThan(1_500); // the held-out split

  const serving: RiskInput[] = [];
  for (const { event } of all) serving.push(await loadRiskInput(test_.ctx.db, orders.get(event.id)!, toDate(toMs(event.t))));

  const mismatches = all.flatMap(({ event, training }, i) => {
    const served = serving[i]!;
    const differs = (Object.keys(training) as (keyof RiskInput)[]).filter((k) => !Object.is(training[k], served[k]));
    return differs.length ? [{ order: event.id, typology: event.typology, differs: Object.fromEntries(differs.map((k) => [k, [training[k], served[k]]])) }] : [];
  });
  expect(mismatches.slice(0, 5)).toEqual([]);
  // The signals each typology relies on are really exercised, not all zero.
  for (const key of [
    'buyer_device_shared_accounts',
    'buyer_card_shared_accounts',
    'buyer_sales_last_7d',
    'pair_prior_reviews',
    'seller_reviews_last_30d',
    'buyer_device_shared_new_accounts',
    'buyer_device_shared_established_accounts',
    'buyer_card_shared_new_accounts',
    'buyer_prior_disputes',
  ] as const) {
    expect(serving.some((s) => s[key] > 0)).toBe(true);
  }
  expect(serving.some((s) => s.buyer_hours_since_payout_change < 24)).toBe(true);

  const trainingVectors = all.map((h) => Array.from(toFeatureVector(h.training)));
  expect(serving.map((s) => Array.from(toFeatureVector(s)))).toEqual(trainingVectors);
  expect(await scorer.scoreMany(serving)).toEqual(await scorer.scoreMany(all.map((h) => h.training)));
}, 300_000);
