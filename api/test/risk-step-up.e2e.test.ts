import { type Request, type TestApp, type TestUser, client, expectProblem, makeListing, registerUser, startTestApp, SHIP_TO } from '../../test/harness';

// A step-up band that starts at 0 on the default model (which carries no ladder of its own): every
// payment that is not reviewed or blocked asks the buyer to prove who they are.
let app: TestApp;
let request: Request;
let seller: TestUser;

beforeAll(async () => {
  app = await startTestApp({ env: { RISK_STEP_UP_THRESHOLD: '0' } });
  request = client(app.url);
  seller = await registerUser(request);
});
afterAll(() => app.close());

async function orderAsNewBuyer(verified: boolean) {
  const buyer = await registerUser(request);
  if (verified) await app.ctx.db.updateTable('users').set({ email_verified_at: new Date() }).where('id', '=', buyer.id).execute();
  const listing = await makeListing(request, seller, { price: { amount: 2_500, currency: 'EUR' } });
  const order = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body as { id: string };
  const pay = (paymentMethod = 'pm_card_visa', token = buyer.token) =>
    request('POST', `/v1/orders/${order.id}/pay`, { token, body: { payment_method: paymentMethod, shipping_address: SHIP_TO } });
  return { buyer, orderId: order.id, pay };
}

test('a buyer without a verified email is asked to verify, and nothing of the attempt is kept', async () => {
  const { orderId, pay } = await orderAsNewBuyer(false);
  const res = await pay();
  expectProblem(res, 403);
  expect(res.body.code).toBe('step_up_required');
  expect(res.body.detail).toMatch(/verify-email/);
  const order = await app.ctx.db.selectFrom('orders').select(['status', 'risk_decision']).where('id', '=', orderId).executeTakeFirstOrThrow();
  expect(order).toEqual({ status: 'initiated', risk_decision: null });
  expect(await app.ctx.db.selectFrom('payment_attempts').select('id').where('order_id', '=', orderId).execute()).toEqual([]);
  expect(await app.ctx.db.selectFrom('risk_scores').select('id').where('order_id', '=', orderId).execute()).toEqual([]);
});

test('once verified, the same buyer pays; the order records the step-up and the funds are not held (the Stripe contract test checks the 3-D Secure request)', async () => {
  const { buyer, orderId, pay } = await orderAsNewBuyer(false);
  expect((await pay()).status).toBe(403);
  await app.ctx.db.updateTable('users').set({ email_verified_at: new Date() }).where('id', '=', buyer.id).execute();
  // A new session reads the account afresh (a session caches its user for a few seconds).
  const res = await pay('pm_card_visa', (await request('POST', '/v1/auth/login', { body: { email: buyer.email, password: 'correct horse battery' } })).body.token);
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ status: 'paid' });
  const order = await app.ctx.db.selectFrom('orders').select(['funds_held', 'risk_decision']).where('id', '=', orderId).executeTakeFirstOrThrow();
  expect(order).toEqual({ funds_held: false, risk_decision: 'step_up' });
  const [live] = await app.ctx.db.selectFrom('risk_scores').select(['decision', 'reasons']).where('order_id', '=', orderId).where('mode', '=', 'live').execute();
  expect(live).toMatchObject({ decision: 'step_up', reasons: expect.any(Array) });
});

test('a card whose issuer insists on a challenge is declined as authentication_required, and can be retried with another card', async () => {
  const { orderId, pay } = await orderAsNewBuyer(true);
  const declined = await pay('pm_card_authenticationRequired');
  expect(declined.status).toBe(402);
  expect(declined.body.code).toBe('payment_declined');
  const attempts = await app.ctx.db.selectFrom('payment_attempts').select(['status', 'decline_code']).where('order_id', '=', orderId).execute();
  expect(attempts).toEqual([{ status: 'declined', decline_code: 'authentication_required' }]);
  expect((await app.ctx.db.selectFrom('orders').select('status').where('id', '=', orderId).executeTakeFirstOrThrow()).status).toBe('initiated');
  expect((await pay()).status).toBe(200);
});
