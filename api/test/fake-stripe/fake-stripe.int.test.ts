import Stripe from 'stripe';
import { type FakeStripe, startFakeStripe } from '.';

// The fake's wire format, checked at the HTTP level and through the real client.
let fake: FakeStripe;
let stripe: Stripe;
beforeAll(async () => {
  fake = await startFakeStripe();
  const url = new URL(fake.url);
  stripe = new Stripe(fake.secretKey, { host: url.hostname, port: url.port, protocol: 'http', maxNetworkRetries: 0 });
});
afterAll(() => fake.close());

async function post(path: string, form: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${fake.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${fake.secretKey}`, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: form,
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

const visa = 'amount=2000&currency=eur&payment_method=pm_card_visa&confirm=true&automatic_payment_methods[enabled]=true&automatic_payment_methods[allow_redirects]=never';

test("a card error is HTTP 402 with Stripe's envelope, the failed PaymentIntent and the charge", async () => {
  const res = await post('/v1/payment_intents', visa.replace('pm_card_visa', 'pm_card_chargeDeclined'));
  expect(res.status).toBe(402);
  expect(res.headers.get('request-id')).toMatch(/^req_/);
  expect(res.body).toEqual({
    error: {
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'generic_decline',
      message: 'Your card was declined.',
      doc_url: 'https://stripe.com/docs/error-codes/card_declined',
      charge: expect.stringMatching(/^ch_/),
      payment_intent: expect.objectContaining({ object: 'payment_intent', status: 'requires_payment_method', livemode: false }),
    },
  });
});

test('bad parameters are 400 invalid_request_error naming the parameter', async () => {
  expect((await post('/v1/payment_intents', 'currency=eur')).body.error).toMatchObject({
    type: 'invalid_request_error',
    code: 'parameter_missing',
    param: 'amount',
    message: 'Missing required param: amount.',
  });
  expect((await post('/v1/payment_intents', `${visa}&colour=red`)).body.error).toMatchObject({ code: 'parameter_unknown', param: 'colour' });
  expect((await post('/v1/payment_intents', visa.replace('2000', 'lots'))).body.error).toMatchObject({ code: 'parameter_invalid_integer', param: 'amount' });
  expect(
    (await post('/v1/payment_intents', visa.replace('&automatic_payment_methods[enabled]=true&automatic_payment_methods[allow_redirects]=never', ''))).body.error.message,
  ).toMatch(/return_url/);
  const json = await post('/v1/payment_intents', '{"amount":2000}', { 'content-type': 'application/json' });
  expect(json.status).toBe(400);
});

test('idempotency: a replay returns the first response marked Idempotent-Replayed; other parameters are an idempotency_error', async () => {
  const headers = { 'idempotency-key': 'fake-wire-1' };
  const first = await post('/v1/payment_intents', visa, headers);
  const replay = await post('/v1/payment_intents', visa, headers);
  expect(replay.body).toEqual(first.body);
  expect([first.headers.get('idempotent-replayed'), replay.headers.get('idempotent-replayed')]).toEqual([null, 'true']);
  const conflict = await post('/v1/payment_intents', visa.replace('2000', '2100'), headers);
  expect(conflict.status).toBe(400);
  expect(conflict.body.error).toMatchObject({ type: 'idempotency_error' });
  expect(fake.count('POST', '/v1/payment_intents')).toBe(fake.state.paymentIntents.size);
});

test('authentication, unknown URLs and unknown connected accounts', async () => {
  expect((await fetch(`${fake.url}/v1/disputes/dp_1`)).status).toBe(401);
  expect((await post('/v1/charges/search', '')).status).toBe(404);
  const unknownAccount = await post('/v1/payouts', 'amount=100&currency=eur', { 'stripe-account': 'acct_nobody' });
  expect(unknownAccount).toMatchObject({ status: 403, body: { error: { code: 'account_invalid' } } });
});

test('the real client reads back PaymentIntents and events, and webhooks carry snapshots', async () => {
  const created = await stripe.paymentIntents.create({
    amount: 3000,
    currency: 'eur',
    payment_method: 'pm_card_visa',
    confirm: true,
    automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
    metadata: { order_id: 'o_1' },
  });
  expect(await stripe.paymentIntents.retrieve(created.id)).toMatchObject({ id: created.id, status: 'succeeded', metadata: { order_id: 'o_1' } });
  const events = await stripe.events.list({ type: 'payment_intent.succeeded', limit: 1 });
  expect(events.data[0]).toMatchObject({ object: 'event', type: 'payment_intent.succeeded', data: { object: { id: created.id } } });
  expect((await stripe.events.retrieve(events.data[0]!.id)).id).toBe(events.data[0]!.id);
});
