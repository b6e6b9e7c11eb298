import { type TestApp, client, orderAt, startTestApp } from '../../test/harness';

// An order that reaches completed or cancelled (refunded goes through the same write) keeps no pending job: the transition that
// closes it closes its timers (and the reminders before them) too (as `skipped`), in the same transaction. Payout holds are zero
// here, so a completed order settles at once and schedules no settlement either.

let app: TestApp;
const request = () => client(app.url);

beforeAll(async () => {
  app = await startTestApp({ env: { PAYOUT_HOLD_BASE_DAYS: '0', PAYOUT_HOLD_NEW_SELLER_DAYS: '0', PAYOUT_HOLD_LOW_TRUST_DAYS: '0', PAYOUT_HOLD_HIGH_RISK_DAYS: '0' } });
});
afterAll(async () => {
  await app.close();
});

const jobsOf = (orderId: string) => app.ctx.db.selectFrom('scheduled_jobs').select(['kind', 'status']).where('order_id', '=', orderId).orderBy('id').execute();

test('a completed order keeps no pending timer: those of every state it passed are closed', async () => {
  const order = await orderAt(request(), 'completed');
  expect(await jobsOf(order.id)).toEqual([
    { kind: 'expire', status: 'skipped' },
    { kind: 'auto_cancel', status: 'skipped' },
    { kind: 'ship_by_reminder', status: 'skipped' },
    { kind: 'auto_deliver', status: 'skipped' },
    { kind: 'confirm_by_reminder', status: 'skipped' },
    { kind: 'auto_complete', status: 'skipped' },
  ]);
});

test('a cancelled order keeps no pending timer, before or after payment', async () => {
  const paid = await orderAt(request(), 'paid');
  const res = await request()('POST', `/v1/orders/${paid.id}/cancel`, { token: paid.buyer.token });
  expect(res.body.status).toBe('cancelled');
  expect(await jobsOf(paid.id)).toEqual([
    { kind: 'expire', status: 'skipped' },
    { kind: 'auto_cancel', status: 'skipped' },
    { kind: 'ship_by_reminder', status: 'skipped' },
  ]);

  const [seller, buyer] = [paid.seller, paid.buyer];
  const listing = (
    await request()('POST', '/v1/listings', {
      token: seller.token,
      body: { title: 'Lamp', description: 'Brass', price: { amount: 4_000, currency: 'EUR' }, category: 'furniture', condition: 'good' },
    })
  ).body;
  const created = (await request()('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
  expect((await request()('POST', `/v1/orders/${created.id}/cancel`, { token: seller.token })).body.status).toBe('cancelled');
  expect(await jobsOf(created.id)).toEqual([{ kind: 'expire', status: 'skipped' }]);
});
