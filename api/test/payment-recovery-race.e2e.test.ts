import { type TestApp, client, makeListing, registerUser, startTestApp, SHIP_TO } from '../../test/harness';
import { type PaymentProvider, createSandboxProvider } from '../src/adapters/payment-providers';
import { recoverPayments } from '../src/modules/money/checkout';

// A pay request whose provider answers late: meanwhile the recovery job re-issues the started
// attempt with the same key and records the provider's answer. The request, arriving second, must
// answer what was recorded — a decline is a 402, never a 200 with the order back in `initiated`.

let app: TestApp;
const request = () => client(app.url);
const sandbox = createSandboxProvider();

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

/** The sandbox, except that the app's charge waits, once answered, until the test lets it return. */
function slowProvider() {
  let answered!: () => void;
  let release!: () => void;
  const charged = new Promise<void>((resolve) => {
    answered = resolve;
  });
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const provider: PaymentProvider = {
    ...sandbox,
    async charge(input) {
      const result = await sandbox.charge(input);
      answered();
      await released;
      return result;
    },
  };
  return { provider, charged, release };
}

async function payRacingRecovery(paymentMethod: string) {
  const [seller, buyer] = [await registerUser(request()), await registerUser(request())];
  const listing = await makeListing(request(), seller);
  const order = (await request()('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
  const slow = slowProvider();
  app.ctx.payments = slow.provider;
  const pay = request()('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: paymentMethod, shipping_address: SHIP_TO } });
  await slow.charged;
  // The attempt is started and the provider has answered; the recovery job gets there first.
  expect(await recoverPayments({ ...app.ctx, payments: sandbox }, 0)).toBe(1);
  slow.release();
  const res = await pay;
  app.ctx.payments = sandbox;
  const db = app.ctx.db;
  return {
    res,
    order: await db.selectFrom('orders').select('status').where('id', '=', order.id).executeTakeFirstOrThrow(),
    attempts: await db.selectFrom('payment_attempts').select('status').where('order_id', '=', order.id).execute(),
    history: (await db.selectFrom('order_status_history').select('to_status').where('order_id', '=', order.id).orderBy('id').execute()).map((h) => h.to_status),
  };
}

test('a pay whose attempt recovery already declined answers 402 payment_declined', async () => {
  const { res, order, attempts, history } = await payRacingRecovery('pm_card_chargeDeclined');
  expect(res.status).toBe(402);
  expect(res.body).toMatchObject({ code: 'payment_declined', detail: 'Your card was declined.' });
  expect(order.status).toBe('initiated');
  expect(attempts).toEqual([{ status: 'declined' }]);
  // Recorded once, by the recovery job.
  expect(history).toEqual(['initiated', 'pending_payment', 'initiated']);
});

test('a pay whose attempt recovery already paid answers 200 with the paid order', async () => {
  const { res, order, attempts, history } = await payRacingRecovery('pm_card_visa');
  expect(res.status).toBe(200);
  expect(res.body.status).toBe('paid');
  expect(order.status).toBe('paid');
  expect(attempts).toEqual([{ status: 'succeeded' }]);
  expect(history).toEqual(['initiated', 'pending_payment', 'paid']);
});
