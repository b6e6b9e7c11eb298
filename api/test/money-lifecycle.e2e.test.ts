import { type Request, type TestApp, type TestUser, client, makeListing, registerUser, startTestApp, manualClock, MINUTE, DAY, SHIP_TO } from '../../test/harness';
import { createDatabase } from '../src/db/database';
import type { PaymentProvider } from '../src/adapters/payment-providers';
import { PAYOUT_OUTCOMES, requestPayout, runScheduledPayouts } from '../src/modules/money/payouts';
import { runProviderOperations } from '../src/modules/money/payments';
import { runDueJobs } from '../src/jobs';

// Time is ours to move: the scheduler fires what is due at the clock's `now`.
const { clock, advance } = manualClock();

let app: TestApp;
let request: Request;
let buyer: TestUser;

beforeAll(async () => {
  app = await startTestApp({ clock, env: { SESSION_TTL_HOURS: '100000', PAYOUT_MIN_AMOUNT: '500' } });
  request = client(app.url);
  buyer = await registerUser(request);
});
afterAll(() => app.close());

const balanceOf = async (user: TestUser) => (await request('GET', '/v1/me/balance', { token: user.token })).body.balances;
const historyOf = async (user: TestUser, id: string) => (await request('GET', `/v1/orders/${id}/history`, { token: user.token })).body.data;
const statusOf = async (user: TestUser, id: string) => (await request('GET', `/v1/orders/${id}`, { token: user.token })).body.status;
const providerOps = (orderId: string) => app.ctx.db.selectFrom('provider_operations').selectAll().where('order_id', '=', orderId).execute();

// A fresh buyer per order: one buyer's rapid purchases would (rightly) raise the risk score.
async function paidOrder(seller: TestUser, price = { amount: 10_000, currency: 'EUR' }) {
  const buyer = await registerUser(request);
  const listing = await makeListing(request, seller, { price });
  const order = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
  const paid = await request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_visa', shipping_address: SHIP_TO } });
  expect(paid.body.status).toBe('paid');
  return { id: order.id as string, listingId: listing.id, buyer };
}

describe('timers: system transitions fired by the scheduler from Postgres', () => {
  test('an unpaid order expires after 15 minutes and its listing is released', async () => {
    const seller = await registerUser(request);
    const listing = await makeListing(request, seller);
    const order = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
    advance(14 * MINUTE);
    await runDueJobs(app.ctx);
    expect(await statusOf(buyer, order.id)).toBe('initiated');
    advance(2 * MINUTE);
    await runDueJobs(app.ctx);
    expect(await statusOf(buyer, order.id)).toBe('cancelled');
    expect((await request('GET', `/v1/listings/${listing.id}`)).body.status).toBe('active');
    expect((await historyOf(buyer, order.id)).at(-1)).toMatchObject({ from: 'initiated', to: 'cancelled', actor: 'system', reason: 'unpaid' });
  });

  test('a paid order not shipped within 14 days is cancelled and refunded in full by the system', async () => {
    const seller = await registerUser(request);
    const { id, listingId, buyer } = await paidOrder(seller);
    expect(await balanceOf(seller)).toEqual([{ currency: 'EUR', pending: 9_000, available: 0 }]);
    advance(14 * DAY + MINUTE);
    await runDueJobs(app.ctx);
    expect(await statusOf(buyer, id)).toBe('cancelled');
    expect(await balanceOf(seller)).toEqual([{ currency: 'EUR', pending: 0, available: 0 }]);
    expect((await request('GET', `/v1/listings/${listingId}`)).body.status).toBe('active');
    expect((await historyOf(seller, id)).at(-1)).toMatchObject({ to: 'cancelled', actor: 'system', reason: 'not shipped within 14 days' });
    const ops = await providerOps(id);
    expect(ops).toMatchObject([{ kind: 'refund', status: 'succeeded', request: { amount: { amount: 10_000, currency: 'EUR' } } }]);
    const hold = await app.ctx.db.selectFrom('escrow_holds').selectAll().where('order_id', '=', id).executeTakeFirstOrThrow();
    expect(hold.status).toBe('voided');
  });

  test('shipped → auto-delivered after 21 days → auto-completed after 14 → settled when the payout hold ends', async () => {
    const seller = await registerUser(request);
    const { id, buyer } = await paidOrder(seller);
    await request('POST', `/v1/orders/${id}/ship`, { token: seller.token, body: { carrier: 'DHL', tracking_number: '1000000001' } });
    // A job whose state has moved on is skipped: the auto-cancel armed at payment no longer applies.
    advance(15 * DAY);
    await runDueJobs(app.ctx);
    expect(await statusOf(buyer, id)).toBe('shipped');
    // A restarted worker knows nothing but the database: a fresh connection pool fires the timer.
    advance(6 * DAY + MINUTE);
    const restarted = { ...app.ctx, db: createDatabase(app.databaseUrl) };
    expect(await runDueJobs(restarted)).toBeGreaterThanOrEqual(1);
    await restarted.db.destroy();
    expect(await statusOf(buyer, id)).toBe('delivered');
    advance(14 * DAY + MINUTE);
    await runDueJobs(app.ctx);
    expect(await statusOf(buyer, id)).toBe('completed');
    // A brand-new seller waits base (2) + new-seller (5) days before the money is available.
    expect(await balanceOf(seller)).toEqual([{ currency: 'EUR', pending: 9_000, available: 0 }]);
    const event = await app.ctx.db.selectFrom('outbox').select('payload').where('aggregate_id', '=', id).where('event_type', '=', 'order.completed').executeTakeFirstOrThrow();
    expect(event.payload).toMatchObject({ payout_hold_days: 7, payout_hold_reasons: ['new_seller'], settled: false });
    advance(6 * DAY);
    await runDueJobs(app.ctx);
    expect(await balanceOf(seller)).toEqual([{ currency: 'EUR', pending: 9_000, available: 0 }]);
    advance(DAY + MINUTE);
    await runDueJobs(app.ctx);
    expect(await balanceOf(seller)).toEqual([{ currency: 'EUR', pending: 0, available: 9_000 }]);
    expect((await historyOf(buyer, id)).map((h: { to: string; actor: string }) => `${h.to}/${h.actor}`)).toEqual([
      'initiated/buyer',
      'pending_payment/buyer',
      'paid/system',
      'shipped/seller',
      'delivered/system',
      'completed/system',
    ]);
    const jobs = await app.ctx.db.selectFrom('scheduled_jobs').select(['kind', 'status']).where('order_id', '=', id).orderBy('id').execute();
    expect(jobs).toEqual([
      { kind: 'expire', status: 'skipped' },
      { kind: 'auto_cancel', status: 'skipped' },
      { kind: 'ship_by_reminder', status: 'skipped' },
      { kind: 'auto_deliver', status: 'done' },
      { kind: 'confirm_by_reminder', status: 'done' },
      { kind: 'auto_complete', status: 'done' },
      { kind: 'settle', status: 'done' },
    ]);
  });
});

describe('cancellation and refunds', () => {
  test('the buyer cancels after paying: full refund, hold voided, listing back on sale', async () => {
    const seller = await registerUser(request);
    const { id, listingId, buyer } = await paidOrder(seller);
    const res = await request('POST', `/v1/orders/${id}/cancel`, { token: buyer.token });
    expect(res.body).toMatchObject({ status: 'cancelled', refunded: { amount: 10_000, currency: 'EUR' } });
    expect(await balanceOf(seller)).toEqual([{ currency: 'EUR', pending: 0, available: 0 }]);
    expect((await request('GET', `/v1/listings/${listingId}`)).body.status).toBe('active');
    expect(await providerOps(id)).toMatchObject([{ kind: 'refund', status: 'succeeded' }]);
  });

  test('a shipped order can no longer be cancelled by either party', async () => {
    const seller = await registerUser(request);
    const { id, buyer } = await paidOrder(seller);
    await request('POST', `/v1/orders/${id}/ship`, { token: seller.token, body: { carrier: 'DHL', tracking_number: '1000000002' } });
    for (const user of [buyer, seller]) expect((await request('POST', `/v1/orders/${id}/cancel`, { token: user.token })).status).toBe(409);
  });

  test('seller cancellations count against the seller: their next payouts are held longer', async () => {
    const seller = await registerUser(request);
    for (let i = 0; i < 2; i++) {
      const { id } = await paidOrder(seller);
      expect((await request('POST', `/v1/orders/${id}/cancel`, { token: seller.token })).body.status).toBe('cancelled');
    }
    const { id, buyer } = await paidOrder(seller);
    await request('POST', `/v1/orders/${id}/ship`, { token: seller.token, body: { carrier: 'DHL', tracking_number: '1000000003' } });
    await request('POST', `/v1/orders/${id}/confirm-delivery`, { token: buyer.token });
    await request('POST', `/v1/orders/${id}/complete`, { token: buyer.token });
    const event = await app.ctx.db.selectFrom('outbox').select('payload').where('aggregate_id', '=', id).where('event_type', '=', 'order.completed').executeTakeFirstOrThrow();
    expect(event.payload).toMatchObject({ payout_hold_days: 12, payout_hold_reasons: ['new_seller', 'seller_cancellations'] });
  });

  test('a partial refund needs both parties; accepting it moves money to the buyer and settlement pays the rest', async () => {
    const seller = await registerUser(request);
    const stranger = await registerUser(request);
    const { id, buyer } = await paidOrder(seller);
    const path = `/v1/orders/${id}/refund-proposals`;
    const bad = await request('POST', path, { token: seller.token, body: { amount: { amount: 2_000, currency: 'USD' }, reason: 'scratched' } });
    expect(bad).toMatchObject({ status: 422, body: { errors: [{ field: 'amount.currency' }] } });
    const tooMuch = await request('POST', path, { token: seller.token, body: { amount: { amount: 10_000, currency: 'EUR' }, reason: 'all' } });
    expect(tooMuch).toMatchObject({ status: 422, body: { errors: [{ field: 'amount.amount' }] } });
    expect((await request('POST', path, { token: stranger.token, body: { amount: { amount: 2_000, currency: 'EUR' }, reason: 'x' } })).status).toBe(404);

    const proposal = (await request('POST', path, { token: seller.token, body: { amount: { amount: 2_000, currency: 'EUR' }, reason: 'Scratched lens' } })).body;
    expect(proposal).toMatchObject({ status: 'proposed', amount: { amount: 2_000, currency: 'EUR' } });
    expect((await request('POST', path, { token: buyer.token, body: { amount: { amount: 1_000, currency: 'EUR' }, reason: 'again' } })).status).toBe(409);
    expect((await request('POST', `${path}/${proposal.id}/accept`, { token: seller.token })).status).toBe(403);
    const accepted = await request('POST', `${path}/${proposal.id}/accept`, { token: buyer.token });
    expect(accepted.body.status).toBe('accepted');
    expect((await request('POST', `${path}/${proposal.id}/accept`, { token: buyer.token })).status).toBe(409);
    // 2 000 back to the buyer: 1 800 from the seller's share, 200 of the fee.
    expect(await balanceOf(seller)).toEqual([{ currency: 'EUR', pending: 7_200, available: 0 }]);
    expect((await request('GET', `/v1/orders/${id}`, { token: buyer.token })).body.refunded).toEqual({ amount: 2_000, currency: 'EUR' });
    expect(await providerOps(id)).toMatchObject([{ kind: 'refund', status: 'succeeded', request: { amount: { amount: 2_000 } } }]);
    const hold = await app.ctx.db.selectFrom('escrow_holds').select('status').where('order_id', '=', id).executeTakeFirstOrThrow();
    expect(hold.status).toBe('pending');
  });
});

describe('payouts', () => {
  async function settledSeller(price = 10_000) {
    const seller = await registerUser(request);
    const { id, buyer } = await paidOrder(seller, { amount: price, currency: 'EUR' });
    await request('POST', `/v1/orders/${id}/ship`, { token: seller.token, body: { carrier: 'DHL', tracking_number: '1000000004' } });
    await request('POST', `/v1/orders/${id}/confirm-delivery`, { token: buyer.token });
    await request('POST', `/v1/orders/${id}/complete`, { token: buyer.token });
    advance(15 * DAY);
    await runDueJobs(app.ctx);
    expect(await balanceOf(seller)).toEqual([{ currency: 'EUR', pending: 0, available: price - price / 10 }]);
    // Paying out needs a recent proof of the password: the session is two weeks old on the test clock.
    expect((await request('POST', '/v1/auth/step-up', { token: seller.token, body: { password: 'correct horse battery' } })).status).toBe(204);
    return { seller, orderId: id, buyer };
  }

  test('a payout request moves available money out once; the minimum and the balance are enforced', async () => {
    const { seller } = await settledSeller();
    const below = await request('POST', '/v1/me/payouts', { token: seller.token, body: { amount: { amount: 100, currency: 'EUR' } } });
    expect(below).toMatchObject({ status: 422, body: { errors: [{ field: 'amount.amount' }] } });
    const tooMuch = await request('POST', '/v1/me/payouts', { token: seller.token, body: { amount: { amount: 9_001, currency: 'EUR' } } });
    expect(tooMuch).toMatchObject({ status: 409, body: { code: 'insufficient_funds' } });
    const payout = await request('POST', '/v1/me/payouts', { token: seller.token, body: { amount: { amount: 6_000, currency: 'EUR' } }, headers: { 'idempotency-key': 'p-1' } });
    expect(payout).toMatchObject({ status: 201, body: { status: 'paid', amount: { amount: 6_000, currency: 'EUR' } } });
    const replay = await request('POST', '/v1/me/payouts', { token: seller.token, body: { amount: { amount: 6_000, currency: 'EUR' } }, headers: { 'idempotency-key': 'p-1' } });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await balanceOf(seller)).toEqual([{ currency: 'EUR', pending: 0, available: 3_000 }]);
    const ops = await app.ctx.db.selectFrom('provider_operations').select(['kind', 'status']).where('payout_id', '=', payout.body.id).orderBy('created_at').execute();
    expect(ops).toEqual([
      { kind: 'transfer', status: 'succeeded' },
      { kind: 'payout', status: 'succeeded' },
    ]);
  });

  test('concurrent payout requests never spend the same money twice', async () => {
    const { seller } = await settledSeller();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => request('POST', '/v1/me/payouts', { token: seller.token, body: { amount: { amount: 4_000, currency: 'EUR' } } })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(2);
    expect(results.filter((r) => r.status !== 201).every((r) => r.status === 409 && r.body.code === 'insufficient_funds')).toBe(true);
    expect(await balanceOf(seller)).toEqual([{ currency: 'EUR', pending: 0, available: 1_000 }]);
  });

  test('a refund after the payout reverses the payout for what the balance cannot cover', async () => {
    const { seller, orderId, buyer } = await settledSeller();
    const payout = (await request('POST', '/v1/me/payouts', { token: seller.token, body: { amount: { amount: 9_000, currency: 'EUR' } } })).body;
    const proposal = (
      await request('POST', `/v1/orders/${orderId}/refund-proposals`, { token: buyer.token, body: { amount: { amount: 5_000, currency: 'EUR' }, reason: 'Missing parts' } })
    ).body;
    expect((await request('POST', `/v1/orders/${orderId}/refund-proposals/${proposal.id}/accept`, { token: seller.token })).body.status).toBe('accepted');
    const after = await app.ctx.db.selectFrom('payouts').select('reversed_amount').where('id', '=', payout.id).executeTakeFirstOrThrow();
    expect(Number(after.reversed_amount)).toBe(4_500);
    expect(await balanceOf(seller)).toEqual([{ currency: 'EUR', pending: 0, available: 0 }]);
    const reversal = await app.ctx.db
      .selectFrom('provider_operations')
      .select(['kind', 'status'])
      .where('payout_id', '=', payout.id)
      .where('kind', '=', 'reverse_transfer')
      .execute();
    expect(reversal).toEqual([{ kind: 'reverse_transfer', status: 'pending' }]);
  });
});

describe('scheduled and failed payouts', () => {
  async function settled(seller: TestUser) {
    const { id, buyer } = await paidOrder(seller);
    await request('POST', `/v1/orders/${id}/ship`, { token: seller.token, body: { carrier: 'DHL', tracking_number: '1000000005' } });
    await request('POST', `/v1/orders/${id}/confirm-delivery`, { token: buyer.token });
    await request('POST', `/v1/orders/${id}/complete`, { token: buyer.token });
    advance(15 * DAY);
    await runDueJobs(app.ctx);
  }

  test('a daily schedule pays the whole available balance out once per day', async () => {
    const seller = await registerUser(request);
    expect((await request('POST', '/v1/me/payout-schedule', { token: seller.token, body: { interval: 'hourly' } })).body).toMatchObject({ errors: [{ field: 'interval' }] });
    expect((await request('POST', '/v1/me/payout-schedule', { token: seller.token, body: { interval: 'daily' } })).body).toEqual({ interval: 'daily' });
    await settled(seller);
    await runScheduledPayouts(app.ctx);
    const payouts = (await request('GET', '/v1/me/payouts', { token: seller.token })).body.data;
    expect(payouts).toMatchObject([{ trigger: 'schedule', status: 'paid', amount: { amount: 9_000, currency: 'EUR' } }]);
    await settled(seller);
    await runScheduledPayouts(app.ctx);
    expect((await request('GET', '/v1/me/payouts', { token: seller.token })).body.data).toHaveLength(2);
    await runScheduledPayouts(app.ctx);
    expect((await request('GET', '/v1/me/payouts', { token: seller.token })).body.data).toHaveLength(2);
    expect(await balanceOf(seller)).toEqual([{ currency: 'EUR', pending: 0, available: 0 }]);
  });

  test('a payout the provider keeps refusing fails after its retries and the money returns to available', async () => {
    const seller = await registerUser(request);
    await settled(seller);
    const refusing: PaymentProvider = {
      ...app.ctx.payments,
      payout: async () => {
        throw new Error('bank account closed');
      },
    };
    const ctx = { ...app.ctx, payments: refusing };
    const payout = await requestPayout(ctx, seller.id, { amount: 9_000, currency: 'EUR' });
    expect(payout.status).toBe('pending');
    expect(await balanceOf(seller)).toEqual([{ currency: 'EUR', pending: 0, available: 0 }]);
    for (let i = 0; i < 10; i++) {
      advance(10 * MINUTE);
      await runProviderOperations(ctx, PAYOUT_OUTCOMES);
    }
    const failed = await app.ctx.db.selectFrom('payouts').select('status').where('id', '=', payout.id).executeTakeFirstOrThrow();
    expect(failed.status).toBe('failed');
    expect(await balanceOf(seller)).toEqual([{ currency: 'EUR', pending: 0, available: 9_000 }]);
    const op = await app.ctx.db
      .selectFrom('provider_operations')
      .select(['status', 'attempts', 'last_error'])
      .where('payout_id', '=', payout.id)
      .where('kind', '=', 'payout')
      .executeTakeFirstOrThrow();
    expect(op).toEqual({ status: 'failed', attempts: 8, last_error: 'bank account closed' });
  });
});

describe('multi-currency', () => {
  test('each order settles in its listing’s currency; balances are per currency, never converted', async () => {
    const seller = await registerUser(request);
    await paidOrder(seller, { amount: 10_000, currency: 'EUR' });
    await paidOrder(seller, { amount: 5_000, currency: 'JPY' });
    expect(await balanceOf(seller)).toEqual([
      { currency: 'EUR', pending: 9_000, available: 0 },
      { currency: 'JPY', pending: 4_500, available: 0 },
    ]);
  });
});

describe('idempotency of money-moving requests', () => {
  test('20 concurrent identical pay requests with one Idempotency-Key charge exactly once', async () => {
    const seller = await registerUser(request);
    const listing = await makeListing(request, seller);
    const order = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
    const headers = { 'idempotency-key': `pay-${order.id}` };
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_visa', shipping_address: SHIP_TO }, headers }),
      ),
    );
    const ok = results.filter((r) => r.status === 200);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    expect(results.every((r) => r.status === 200 || (r.status === 409 && r.body.code === 'idempotency_in_progress'))).toBe(true);
    expect(ok.filter((r) => r.headers.get('idempotent-replayed') === null)).toHaveLength(1);
    const attempts = await app.ctx.db.selectFrom('payment_attempts').selectAll().where('order_id', '=', order.id).execute();
    expect(attempts).toHaveLength(1);
    const captures = await app.ctx.db.selectFrom('ledger_transactions').select('id').where('order_id', '=', order.id).where('kind', '=', 'payment_captured').execute();
    expect(captures).toHaveLength(1);
  });
});
