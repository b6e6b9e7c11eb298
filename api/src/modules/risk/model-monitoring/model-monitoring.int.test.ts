import { randomUUID } from 'node:crypto';
import { type TestContext, DAY, HOUR, createTestContext, manualClock } from '../../../../../test/harness';
import { findFraudCaseView } from '../../trust-safety/fraud-cases/fraud-case-list.read-model';
import { runModelMonitoring, versionMonitoring } from './model-monitoring.service';

// The committed models register at start: fraud-gbt-v2 (the configured one) live, fraud-gbt-v1 in
// shadow; neither carries thresholds, so both flag at the configured review threshold, 65.
const LIVE = 'fraud-gbt-v2';
const SHADOW = 'fraud-gbt-v1';
const time = manualClock('2026-11-21T12:00:00Z');
let test_: TestContext;
beforeAll(async () => {
  test_ = await createTestContext({
    clock: time.clock,
    env: { MODEL_DRIFT_MIN_SCORES: '6', MODEL_PRECISION_MIN_LABELS: '3', MODEL_PRECISION_ALERT: '0.7', MODEL_DRIFT_PSI_ALERT: '0.25' },
  });
});
afterAll(() => test_.close());
const db = () => test_.ctx.db;
const ago = (ms: number) => new Date(time.nowMs() - ms);

async function user(): Promise<string> {
  const row = await db()
    .insertInto('users')
    .values({ email: `${randomUUID()}@example.test`, password_hash: 'x', display_name: 'u', created_at: ago(200 * DAY) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A paid order scored at `at` by the live model and, when `shadow` is a score, by the shadow on the same attempt. */
async function scoredOrder(at: Date, live: number, shadow: number | null, reasons: unknown[] = []): Promise<{ id: string; seller: string }> {
  const [buyer, seller] = [await user(), await user()];
  const listing = await db()
    .insertInto('listings')
    .values({ seller_id: seller, title: 't', description: 'd', price_amount: 1000, currency: 'EUR', category: 'cameras', status: 'sold', created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id } = await db()
    .insertInto('orders')
    .values({
      listing_id: listing.id,
      buyer_id: buyer,
      seller_id: seller,
      amount: 1000,
      currency: 'EUR',
      category: 'cameras',
      fee_amount: 0,
      status: 'paid',
      payment_ref: null,
      risk_score: live,
      risk_decision: live >= 65 ? 'review' : 'allow',
      carrier: null,
      tracking_number: null,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const row = (model_version: string, mode: 'live' | 'shadow', score: number) => ({
    order_id: id,
    model_version,
    mode,
    probability: score / 100,
    score,
    decision: mode === 'live' ? (score >= 65 ? ('review' as const) : ('allow' as const)) : null,
    input: '{}',
    reasons: JSON.stringify(mode === 'live' ? reasons : []),
    created_at: at,
  });
  await db()
    .insertInto('risk_scores')
    .values([row(LIVE, 'live', live), ...(shadow === null ? [] : [row(SHADOW, 'shadow', shadow)])])
    .execute();
  return { id, seller };
}

async function fraudCase(o: { id: string; seller: string }, decision: 'clear' | 'confirm_fraud') {
  const { id } = await db()
    .insertInto('fraud_cases')
    .values({
      order_id: o.id,
      subject_user_id: o.seller,
      status: 'closed',
      reason: 'model score 70',
      risk_score: 70,
      model_version: LIVE,
      decision,
      decision_note: 'n',
      decided_by: null,
      decided_at: ago(DAY),
      created_at: ago(2 * DAY),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

async function lostFraudChargeback(o: { id: string; seller: string }) {
  await db()
    .insertInto('disputes')
    .values({
      order_id: o.id,
      source: 'chargeback',
      provider_dispute_id: `dp_${randomUUID()}`,
      reason: 'fraudulent',
      status: 'lost',
      amount: 1000,
      currency: 'EUR',
      created_at: ago(2 * DAY),
      updated_at: ago(DAY),
      assigned_arbitrator_id: null,
      assigned_at: null,
      seller_responded_at: null,
      sla_due_at: null,
      description: null,
      opened_by: null,
      seller_response_due_at: null,
      evidence_due_at: null,
      resolution: null,
      refund_amount: null,
      resolved_by: null,
      resolved_at: null,
      resolution_note: null,
    })
    .execute();
}

const modelEvents = async () =>
  (await db().selectFrom('outbox').select(['event_type', 'payload']).where('event_type', 'in', ['model.drift_detected', 'model.precision_dropped']).orderBy('id').execute()).map(
    (e) => ({ type: e.event_type, payload: e.payload as Record<string, unknown> }),
  );

let caseWithReasons: string;
beforeAll(async () => {
  // Scored 3 days ago by both (live, shadow) and labelled as follows:
  const recent = ago(3 * DAY);
  const reasons = [{ feature: 'buyer_device_shared_new_accounts', text: 'the device is shared with 3 new accounts', contribution: 0.31 }];
  caseWithReasons = await fraudCase(await scoredOrder(recent, 90, 70, reasons), 'confirm_fraud');
  await fraudCase(await scoredOrder(recent, 80, 20), 'clear');
  await lostFraudChargeback(await scoredOrder(recent, 70, 75));
  await fraudCase(await scoredOrder(recent, 30, 85), 'confirm_fraud');
  await fraudCase(await scoredOrder(recent, 10, 95), 'clear');
  await scoredOrder(recent, 5, 5); // pending: no label yet
  // The reference period of the drift over time (the 28 days before the last 7): low live scores only.
  for (let i = 0; i < 6; i++) await scoredOrder(ago(20 * DAY), 5, null);
  // Outside the 90-day window: not counted, even labelled.
  await fraudCase(await scoredOrder(ago(120 * DAY), 99, 99), 'confirm_fraud');
});

// A bin floored at 1e-4 against a share of 1/6, the term every empty-vs-one-sixth bin adds.
const floored = (1 / 6 - 1e-4) * Math.log(1 / 6 / 1e-4);

test('precision and recall at each version’s review threshold, from closing labels, with label counts and intervals', async () => {
  const live = (await versionMonitoring(test_.ctx, LIVE)).figures;
  // Flagged (≥ 65) among the labelled: 90 fraud, 80 clear, 70 fraud; missed: 30 fraud.
  expect(live).toMatchObject({ scored: 12, labelled: 5, positives: 3, pending: 7, flagged: 3, true_positives: 2, review_threshold: 65, pr_auc: null });
  expect(live.precision).toMatchObject({ value: 2 / 3, successes: 2, trials: 3 });
  expect(live.recall).toMatchObject({ value: 2 / 3, successes: 2, trials: 3 });
  expect(live.precision!.low).toBeCloseTo(0.2077, 3);
  expect(live.precision!.high).toBeCloseTo(0.9385, 3);
  expect(live.psi_vs_live).toBeNull(); // its scores were made live

  const shadow = (await versionMonitoring(test_.ctx, SHADOW)).figures;
  // Flagged: 70 fraud, 75 fraud, 85 fraud, 95 clear.
  expect(shadow).toMatchObject({ scored: 6, labelled: 5, positives: 3, pending: 1, flagged: 4, true_positives: 3 });
  expect(shadow.precision!.value).toBe(0.75);
  expect(shadow.recall!.value).toBe(1);
});

test('PSI of a shadow against the live model on the same payments, and of each version over time', async () => {
  const shadow = (await versionMonitoring(test_.ctx, SHADOW)).figures;
  // Live bins 9,8,7,3,1,0; shadow bins 7,2,7,8,9,0: bins 1 and 3 emptied, bin 2 filled, bin 7 doubled.
  expect(shadow.psi_vs_live).toMatchObject({ reading: 'major', expected_n: 6, actual_n: 6 });
  expect(shadow.psi_vs_live!.value).toBeCloseTo(3 * floored + Math.log(2) / 6, 10);
  expect(shadow.psi_over_time).toBeNull(); // it scored nothing in the reference period

  const live = (await versionMonitoring(test_.ctx, LIVE)).figures;
  // Reference: six scores in bin 0. Recent: one in each of bins 0, 1, 3, 7, 8, 9.
  expect(live.psi_over_time).toMatchObject({ reading: 'major', expected_n: 6, actual_n: 6 });
  expect(live.psi_over_time!.value).toBeCloseTo((1 / 6 - 1) * Math.log(1 / 6) + 5 * floored, 10);
});

test('the job snapshots every serving version and alerts once per version, kind and day', async () => {
  const first = await runModelMonitoring(test_.ctx);
  expect(first.map((a) => `${a.details.version}:${a.kind}`).sort()).toEqual([`${SHADOW}:drift`, `${LIVE}:drift`, `${LIVE}:precision`]);
  const events = await modelEvents();
  expect(events.map((e) => e.type).sort()).toEqual(['model.drift_detected', 'model.drift_detected', 'model.precision_dropped']);
  expect(events.find((e) => e.payload.version === SHADOW)!.payload).toMatchObject({ measure: 'vs_live', expected_scores: 6, actual_scores: 6, level: 0.25 });
  expect(events.find((e) => e.type === 'model.precision_dropped')!.payload).toMatchObject({ version: LIVE, precision: 2 / 3, flagged: 3, level: 0.7 });

  // An hour later: figures snapshotted again, nothing raised twice.
  time.advance(HOUR);
  expect(await runModelMonitoring(test_.ctx)).toEqual([]);
  expect(await modelEvents()).toHaveLength(3);
  const snapshots = await db().selectFrom('model_monitoring_snapshots').select('version').where('version', 'in', [LIVE, SHADOW]).execute();
  expect(snapshots).toHaveLength(4);

  // The route reads the fresh snapshot, with the alerts beside it.
  const read = await versionMonitoring(test_.ctx, SHADOW);
  expect(read).toMatchObject({ source: 'snapshot', alerts: [{ kind: 'drift' }] });

  // The next day the same figures alert again.
  time.advance(DAY);
  expect(await runModelMonitoring(test_.ctx)).toHaveLength(3);
  expect(await modelEvents()).toHaveLength(6);
});

test('a fraud case carries the reasons of its order’s live score', async () => {
  const view = await findFraudCaseView(db(), caseWithReasons);
  expect(view!.risk_reasons).toEqual([{ feature: 'buyer_device_shared_new_accounts', text: 'the device is shared with 3 new accounts', contribution: 0.31 }]);
});
