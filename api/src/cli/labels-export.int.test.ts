import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_MODEL_PATH, type RiskInput, modelFeatureNames, vectorFor } from '@agora/fraud-models';
import { type TestContext, createTestContext } from '../../../test/harness';
import { trainingLabels } from '../modules/risk/scoring/training-labels';

const ROOT = path.resolve(__dirname, '../../..');

let test_: TestContext;
beforeAll(async () => {
  test_ = await createTestContext();
});
afterAll(() => test_.close());
const db = () => test_.ctx.db;

const at = (iso: string) => new Date(iso);
const baseInput: RiskInput = {
  amount_minor: 10_000,
  currency_exponent: 2,
  buyer_account_age_days: 30,
  buyer_prior_orders: 2,
  buyer_orders_last_24h: 1,
  buyer_distinct_sellers_last_24h: 1,
  seller_account_age_days: 200,
  seller_completed_sales: 12,
  listing_age_hours: 5,
  price_vs_category_median: 1.5,
  hour_of_day: 3,
  pair_prior_orders: 0,
  buyer_hours_since_new_device: 400,
  buyer_device_shared_accounts: 0,
  buyer_card_shared_accounts: 0,
  buyer_hours_since_payout_change: 2000,
  buyer_sales_last_7d: 0,
  pair_prior_reviews: 0,
  seller_reviews_last_30d: 4,
  buyer_device_shared_new_accounts: 0,
  buyer_device_shared_established_accounts: 0,
  buyer_card_shared_new_accounts: 0,
  buyer_prior_disputes: 0,
};

async function user(): Promise<string> {
  return (
    await db()
      .insertInto('users')
      .values({ email: `${randomUUID()}@example.test`, password_hash: 'x', display_name: 'u', created_at: at('2026-01-01T00:00:00Z') })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

/** A paid order, scored live with `amount` as its distinguishing input (unless `scored` is false). */
async function order(amount: number, scored = true): Promise<{ id: string; seller: string }> {
  const [buyer, seller] = [await user(), await user()];
  const now = at('2026-11-01T00:00:00Z');
  const listing = await db()
    .insertInto('listings')
    .values({ seller_id: seller, title: 't', description: 'd', price_amount: amount, currency: 'EUR', category: 'cameras', status: 'sold', created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id } = await db()
    .insertInto('orders')
    .values({
      listing_id: listing.id,
      buyer_id: buyer,
      seller_id: seller,
      amount,
      currency: 'EUR',
      category: 'cameras',
      fee_amount: 0,
      status: 'paid',
      payment_ref: null,
      risk_score: 10,
      risk_decision: 'allow',
      carrier: null,
      tracking_number: null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (scored) {
    await db()
      .insertInto('risk_scores')
      .values([
        {
          order_id: id,
          model_version: 'fraud-gbt-v1',
          mode: 'live',
          probability: 0.1,
          score: 10,
          decision: 'allow',
          input: JSON.stringify({ ...baseInput, amount_minor: amount }),
          created_at: now,
        },
        // A shadow's row is never the label's features.
        {
          order_id: id,
          model_version: 'fraud-gbt-v1',
          mode: 'shadow',
          probability: 0.2,
          score: 20,
          decision: null,
          input: JSON.stringify({ ...baseInput, amount_minor: 1 }),
          created_at: now,
        },
      ])
      .execute();
  }
  return { id, seller };
}

async function fraudCase(o: { id: string; seller: string }, decision: 'clear' | 'confirm_fraud' | null, decidedAt: string) {
  await db()
    .insertInto('fraud_cases')
    .values({
      order_id: o.id,
      subject_user_id: o.seller,
      status: decision ? 'closed' : 'open',
      reason: 'model score 70',
      risk_score: 70,
      model_version: 'fraud-gbt-v1',
      decision,
      decision_note: decision ? 'n' : null,
      decided_by: null,
      decided_at: decision ? at(decidedAt) : null,
      created_at: at('2026-11-01T00:00:00Z'),
    })
    .execute();
}

async function dispute(o: { id: string; seller: string }, source: 'buyer' | 'chargeback', reason: string, status: string, decidedAt: string, resolution: 'refund' | null = null) {
  await db()
    .insertInto('disputes')
    .values({
      order_id: o.id,
      source,
      provider_dispute_id: source === 'chargeback' ? `dp_${randomUUID()}` : null,
      reason,
      status,
      amount: 100,
      currency: 'EUR',
      created_at: at('2026-11-02T00:00:00Z'),
      updated_at: at(decidedAt),
      assigned_arbitrator_id: null,
      assigned_at: null,
      seller_responded_at: null,
      sla_due_at: null,
      ...(source === 'buyer'
        ? { description: 'not as described', opened_by: o.seller, seller_response_due_at: at(decidedAt), evidence_due_at: at(decidedAt) }
        : { description: null, opened_by: null, seller_response_due_at: null, evidence_due_at: null }),
      resolution,
      refund_amount: null,
      resolved_by: null,
      resolved_at: resolution ? at(decidedAt) : null,
      resolution_note: null,
    })
    .execute();
}

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DATABASE_URL: test_.databaseUrl };
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'api/src/cli/labels-export.ts', ...args], { cwd: ROOT, env }, (err, stdout, stderr) => resolve({ code: err ? Number(err.code) : 0, stdout, stderr }));
  });
}

test('closed cases and fraud chargebacks export as labelled rows with the features scored at payment time; other outcomes do not', async () => {
  const confirmed = await order(1001);
  await fraudCase(confirmed, 'confirm_fraud', '2026-11-10T00:00:00Z');
  const cleared = await order(1002);
  await fraudCase(cleared, 'clear', '2026-11-10T00:00:00Z');
  const chargebackLost = await order(1003);
  await dispute(chargebackLost, 'chargeback', 'fraudulent', 'lost', '2026-11-11T00:00:00Z');
  const chargebackWon = await order(1004);
  await dispute(chargebackWon, 'chargeback', 'fraudulent', 'won', '2026-11-11T00:00:00Z');
  // Cleared by a reviewer, then lost as a fraud chargeback: the positive label wins.
  const clearedThenLost = await order(1005);
  await fraudCase(clearedThenLost, 'clear', '2026-11-05T00:00:00Z');
  await dispute(clearedThenLost, 'chargeback', 'unrecognized', 'lost', '2026-11-12T00:00:00Z');
  // No label: a commercial chargeback, a seller-fault buyer refund, an open case, a case without a recorded score.
  await dispute(await order(1006), 'chargeback', 'product_not_received', 'lost', '2026-11-11T00:00:00Z');
  await dispute(await order(1007), 'buyer', 'not_as_described', 'resolved', '2026-11-11T00:00:00Z', 'refund');
  await fraudCase(await order(1008), null, '');
  await fraudCase(await order(1009, false), 'confirm_fraud', '2026-11-10T00:00:00Z');
  // Decided before --since.
  const old = await order(1010);
  await fraudCase(old, 'confirm_fraud', '2026-10-01T00:00:00Z');

  expect((await trainingLabels(db(), null)).map((l) => l.orderId).sort()).toEqual(
    [confirmed, cleared, chargebackLost, chargebackWon, clearedThenLost, old].map((o) => o.id).sort(),
  );

  const out = path.join(mkdtempSync(path.join(tmpdir(), 'agora-labels-')), 'labels.csv');
  const run = await runCli(['--out', out, '--since', '2026-11-01']);
  expect(run).toMatchObject({ code: 0, stdout: `5 labelled orders written to ${out} (features of fraud-gbt-v2)\n` });
  const [header, ...lines] = readFileSync(out, 'utf8').trimEnd().split('\r\n');
  // The live model's own columns (fraud-gbt-v2's 18), whatever the newest feature list is.
  const names = modelFeatureNames(readFileSync(DEFAULT_MODEL_PATH));
  expect(header!.split(',')).toEqual([...names.map((n) => `feature:${n}`), 'label', 'weight', 'source', 'decided_at', 'order_id']);
  const rows = new Map(
    lines.map((l) => {
      const cells = l.split(',');
      return [cells.at(-1)!, cells];
    }),
  );
  const expectRow = (o: { id: string }, amount: number, label: string, weight: string, source: string) => {
    const cells = rows.get(o.id)!;
    expect(cells.slice(names.length, -2)).toEqual([label, weight, source]);
    // The live row's inputs, through the model's own feature transform, exactly as scored.
    expect(cells.slice(0, names.length).map(Number)).toEqual([...vectorFor(names)({ ...baseInput, amount_minor: amount })]);
  };
  expect(rows.size).toBe(5);
  expectRow(confirmed, 1001, '1', '1', 'fraud_case:confirm_fraud');
  expectRow(cleared, 1002, '0', '1', 'fraud_case:clear');
  expectRow(chargebackLost, 1003, '1', '1', 'chargeback:lost');
  expectRow(chargebackWon, 1004, '0', '0.5', 'chargeback:won');
  expectRow(clearedThenLost, 1005, '1', '1', 'chargeback:lost');
  expect(rows.get(confirmed.id)!.at(-2)).toBe('2026-11-10T00:00:00.000Z');
});

test('bad arguments are refused with usage, writing nothing', async () => {
  const never = path.join(mkdtempSync(path.join(tmpdir(), 'agora-labels-')), 'never.csv');
  const missing = await runCli([]);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('--out is required');
  const badDate = await runCli(['--out', never, '--since', 'yesterday']);
  expect(badDate.code).toBe(2);
  expect(badDate.stderr).toContain('--since must be an ISO 8601 date');
  const unknownModel = await runCli(['--out', never, '--model', 'nope']);
  expect(unknownModel.code).toBe(2);
  expect(unknownModel.stderr).toContain('labels:export: no model version nope\n');
  expect(existsSync(never)).toBe(false);
});
