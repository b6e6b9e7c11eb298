import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { type Transaction, sql } from 'kysely';
import { type Request, type TestApp, type TestUser, client, makeListing, makeStaff, registerUser, startTestApp, SHIP_TO } from '../../../../../test/harness';
import type { DB } from '../../../db/schema';
import { applyCommand, findOrder, lockOrder, refundOrder, runAfterCommit } from '../../marketplace/orders';
import type { Discrepancy } from './check';
import { CHECKS, reconcile, runChecks } from './reconcile';

let app: TestApp;
let request: Request;
let seller: TestUser;
let buyer: TestUser;
const orders = { refundedAfterPayout: '', cancelled: '', held: '', shipped: '', yen: '', unpaid: '' };

async function paidOrder(price: { amount: number; currency: string }, method = 'pm_card_visa', payer = buyer): Promise<string> {
  const listing = await makeListing(request, seller, { price });
  const order = await request('POST', '/v1/orders', { token: payer.token, body: { listing_id: listing.id } });
  expect((await request('POST', `/v1/orders/${order.body.id}/pay`, { token: payer.token, body: { payment_method: method, shipping_address: SHIP_TO } })).body.status).toBe('paid');
  return order.body.id as string;
}

async function deliver(id: string, then: 'ship' | 'complete', payer = buyer) {
  await request('POST', `/v1/orders/${id}/ship`, { token: seller.token, body: { carrier: 'DHL', tracking_number: '1000000001' } });
  if (then === 'ship') return;
  await request('POST', `/v1/orders/${id}/confirm-delivery`, { token: payer.token });
  expect((await request('POST', `/v1/orders/${id}/complete`, { token: payer.token })).body.status).toBe('completed');
}

/** Staff refund of a settled order: out of the seller's balance, reversing the payout that emptied it. */
async function refundSettledOrder(orderId: string, staffId: string) {
  const ctx = app.ctx;
  const operations = await ctx.db.transaction().execute(async (trx) => {
    const now = new Date();
    const order = (await lockOrder(trx, orderId))!;
    const refund = await refundOrder(trx, order, { reference: `staff_refund:${orderId}`, now, resolve: true });
    const refunded = (await findOrder(trx, orderId))!;
    const result = await applyCommand(trx, ctx, refunded, 'refund', { actor: 'staff', actorId: staffId, now });
    return [...(refund.operationId ? [refund.operationId] : []), ...result.operations];
  });
  await runAfterCommit(ctx, operations);
}

beforeAll(async () => {
  // No payout hold of any kind: completion settles at once unless a fraud case holds the funds.
  app = await startTestApp({ env: { PAYOUT_HOLD_BASE_DAYS: '0', PAYOUT_HOLD_NEW_SELLER_DAYS: '0', PAYOUT_HOLD_HIGH_RISK_DAYS: '0', PAYOUT_HOLD_LOW_TRUST_DAYS: '0' } });
  request = client(app.url);
  [seller, buyer] = await Promise.all([registerUser(request), registerUser(request)]);
  const staff = await makeStaff(app, ['admin']);

  orders.refundedAfterPayout = await paidOrder({ amount: 20_000, currency: 'EUR' });
  await deliver(orders.refundedAfterPayout, 'complete');
  expect((await request('POST', '/v1/me/payouts', { token: seller.token, body: { amount: { amount: 15_000, currency: 'EUR' } } })).status).toBe(201);
  await refundSettledOrder(orders.refundedAfterPayout, staff.id);

  orders.cancelled = await paidOrder({ amount: 5_000, currency: 'EUR' });
  expect((await request('POST', `/v1/orders/${orders.cancelled}/cancel`, { token: buyer.token })).body.status).toBe('cancelled');

  // A review-scored payment: completed, but its funds stay held in escrow by the fraud case.
  orders.held = await paidOrder({ amount: 30_000, currency: 'EUR' }, 'pm_card_riskLevelElevated');
  await deliver(orders.held, 'complete');

  orders.shipped = await paidOrder({ amount: 10_000, currency: 'EUR' });
  await deliver(orders.shipped, 'ship');
  // A fresh buyer: the risk model allows a first purchase, so this order settles at completion.
  const yenBuyer = await registerUser(request);
  orders.yen = await paidOrder({ amount: 3_000, currency: 'JPY' }, 'pm_card_visa', yenBuyer);
  await deliver(orders.yen, 'complete', yenBuyer);
  orders.unpaid = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: (await makeListing(request, seller)).id } })).body.id;
});
afterAll(() => app.close());

const rollback = new Error('rollback');

/** Applies `corrupt` with triggers off, runs every check inside the same transaction, rolls back. */
async function discrepanciesAfter(corrupt: (trx: Transaction<DB>) => Promise<void>): Promise<Discrepancy[]> {
  let found: Discrepancy[] = [];
  await app.ctx.db
    .transaction()
    .execute(async (trx) => {
      // As the owner, bypass the append-only, balance and non-negative triggers like a bad script would.
      await sql`SET LOCAL session_replication_role = replica`.execute(trx);
      await corrupt(trx);
      found = (await runChecks(trx, new Date())).discrepancies;
      throw rollback;
    })
    .catch((err: unknown) => {
      if (err !== rollback) throw err;
    });
  return found;
}

async function accountId(trx: Transaction<DB>, code: string, currency = 'EUR'): Promise<string> {
  return (await trx.selectFrom('ledger_accounts').select('id').where('code', '=', code).where('currency', '=', currency).executeTakeFirstOrThrow()).id;
}

async function forge(trx: Transaction<DB>, kind: string, orderId: string | null, postings: [code: string, amount: number][]): Promise<string> {
  const { id } = await trx
    .insertInto('ledger_transactions')
    .values({ kind, order_id: orderId, reference: `forged:${Math.random()}`, created_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [code, amount] of postings) {
    await trx
      .insertInto('ledger_postings')
      .values({ transaction_id: id, account_id: await accountId(trx, code), amount, currency: 'EUR' })
      .execute();
  }
  return id;
}

const finding = (check: string, entity: string) => expect.objectContaining({ check, entity, detail: expect.any(String) });

describe('reconciliation', () => {
  test('real lifecycles (settlement, cancellation refund, payout reversed by a later refund, held funds) reconcile cleanly', async () => {
    const states = await app.ctx.db
      .selectFrom('orders')
      .innerJoin('escrow_holds', 'escrow_holds.order_id', 'orders.id')
      .select(['orders.id', 'orders.status', 'escrow_holds.status as hold'])
      .execute();
    expect(Object.fromEntries(states.map((s) => [s.id, `${s.status}/${s.hold}`]))).toEqual({
      [orders.refundedAfterPayout]: 'refunded/posted',
      [orders.cancelled]: 'cancelled/voided',
      [orders.held]: 'completed/pending',
      [orders.shipped]: 'shipped/pending',
      [orders.yen]: 'completed/posted',
    });
    const payout = await app.ctx.db.selectFrom('payouts').select(['amount', 'reversed_amount', 'status']).executeTakeFirstOrThrow();
    expect(payout).toEqual({ amount: '15000', reversed_amount: '15000', status: 'paid' });

    const report = await reconcile(app.ctx.db, new Date());
    expect(report.discrepancies).toEqual([]);
    expect(report.checks.map((c) => [c.name, c.discrepancies])).toEqual(CHECKS.map((c) => [c.name, 0]));
  });

  test('an unbalanced posting is caught per transaction and in the ledger-wide sum', async () => {
    let forged = '';
    const found = await discrepanciesAfter(async (trx) => {
      forged = await forge(trx, 'forged', null, [['platform:fees', 500]]);
    });
    expect(found).toEqual([finding('ledger_balanced', 'currency:EUR'), finding('ledger_balanced', `ledger_transaction:${forged}`)]);
    expect(found[1]!.detail).toContain('sum to 500');
  });

  test('a balanced posting that drains an order’s escrow without a state change is caught', async () => {
    const found = await discrepanciesAfter(async (trx) => {
      await forge(trx, 'escrow_released', orders.shipped, [
        [`escrow:${orders.shipped}`, -9_000],
        [`available:${seller.id}`, 9_000],
      ]);
    });
    expect(found).toEqual([finding('escrow_matches_order', `order:${orders.shipped}`)]);
    expect(found[0]!.detail).toBe('escrow holds 1000, but the pending hold of 10000 less 0 refunded leaves 10000');
  });

  test('a completed order whose hold is still pending but is marked funds_released is caught', async () => {
    const found = await discrepanciesAfter(async (trx) => {
      await trx.updateTable('orders').set({ funds_released: true }).where('id', '=', orders.held).execute();
    });
    expect(found).toEqual([finding('escrow_matches_order', `order:${orders.held}`)]);
    expect(found[0]!.detail).toBe('funds_released is true but the escrow hold is pending');
  });

  test('a second succeeded payment attempt (a double charge) is caught', async () => {
    const found = await discrepanciesAfter(async (trx) => {
      await trx
        .insertInto('payment_attempts')
        .values({
          order_id: orders.shipped,
          attempt: 2,
          idempotency_key: `order:${orders.shipped}:attempt:2`,
          payment_method: 'pm_card_visa',
          amount: 10_000,
          currency: 'EUR',
          status: 'succeeded',
          provider_ref: 'ch_dup',
          created_at: new Date(),
          finished_at: new Date(),
        })
        .execute();
    });
    expect(found).toEqual([finding('payment_attempts', `order:${orders.shipped}`)]);
    expect(found[0]!.detail).toContain('2 succeeded payment attempts');
  });

  test('a payout without its ledger debit is caught', async () => {
    let payoutId = '';
    const found = await discrepanciesAfter(async (trx) => {
      payoutId = (
        await trx
          .insertInto('payouts')
          .values({ user_id: seller.id, amount: 5_000, currency: 'EUR', status: 'paid', trigger: 'request', created_at: new Date() })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    });
    expect(found).toEqual([finding('payouts_posted', `payout:${payoutId}`)]);
    expect(found[0]!.detail).toBe('payout of 5000 has no ledger debit');
  });

  test('a paid status with no capture, a negative balance, and stuck or failed provider operations are caught', async () => {
    const found = await discrepanciesAfter(async (trx) => {
      await trx.updateTable('orders').set({ status: 'paid' }).where('id', '=', orders.unpaid).execute();
      await forge(trx, 'refund', orders.shipped, [
        [`escrow_fee:${orders.shipped}`, -1_500],
        ['external:psp', 1_500],
      ]);
      const old = new Date(Date.now() - 2 * 3_600_000);
      await trx
        .insertInto('provider_operations')
        .values([
          { kind: 'refund', idempotency_key: 'stuck', order_id: orders.shipped, request: '{}', status: 'pending', attempts: 3, next_attempt_at: old, created_at: old },
          { kind: 'payout', idempotency_key: 'gave-up', request: '{}', status: 'failed', attempts: 8, last_error: 'bank closed', next_attempt_at: old, created_at: new Date() },
          { kind: 'refund', idempotency_key: 'fresh', request: '{}', status: 'pending', next_attempt_at: new Date(), created_at: new Date() },
        ])
        .execute();
    });
    expect(found.map((d) => [d.check, d.entity])).toEqual([
      ['non_negative_balances', `ledger_account:escrow_fee:${orders.shipped}/EUR`],
      ...[`order:${orders.shipped}`, `order:${orders.unpaid}`].sort().map((e) => ['escrow_matches_order', e]),
      ['payment_attempts', `order:${orders.unpaid}`],
      ['provider_operations', expect.stringMatching(/^provider_operation:/)],
      ['provider_operations', expect.stringMatching(/^provider_operation:/)],
    ]);
    expect(found.filter((d) => d.check === 'provider_operations').map((d) => d.detail)).toEqual([
      expect.stringMatching(/^refund for order .* pending since .* \(3 attempts\)$/),
      'payout failed after 8 attempts; last error: bank closed',
    ]);
  });

  test('npm run reconcile exits 0 when consistent, 1 with discrepancies, 2 when it cannot run', async () => {
    const root = path.resolve(__dirname, '../../../../..');
    const run = (databaseUrl: string) =>
      promisify(execFile)('npx', ['tsx', 'api/src/cli/reconcile.ts'], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl } }).then(
        ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
        (err: { code: number; stdout: string; stderr: string }) => err,
      );

    const clean = await run(app.databaseUrl);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain(`${CHECKS.length} checks run, 0 discrepancies`);

    await app.ctx.db.updateTable('orders').set({ funds_released: true }).where('id', '=', orders.held).execute();
    const dirty = await run(app.databaseUrl);
    expect(dirty.code).toBe(1);
    expect(dirty.stdout).toContain(`escrow_matches_order\torder:${orders.held}\tfunds_released is true but the escrow hold is pending`);
    expect(dirty.stdout).toContain(`${CHECKS.length} checks run, 1 discrepancies`);

    const url = new URL(app.databaseUrl);
    url.pathname = '/no_such_database';
    const broken = await run(url.toString());
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('reconcile failed');
  });
});
