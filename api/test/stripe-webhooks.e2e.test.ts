import { type TestUser, makeListing, registerUser, SHIP_TO } from '../../test/harness';
import { type StripeEvent, postWebhook, signatureHeader, webhookPayload } from './fake-stripe';
import { type StripeTestApp, WEBHOOK_SECRET, onboardSeller, startStripeTestApp } from './stripe-test-app';

let t: StripeTestApp;
let seller: TestUser;
let buyer: TestUser;
let webhookUrl: string;

beforeAll(async () => {
  t = await startStripeTestApp();
  webhookUrl = `${t.app.url}/v1/webhooks/stripe`;
  [seller, buyer] = await Promise.all([registerUser(t.request), registerUser(t.request)]);
  await onboardSeller(t, seller);
  // A long-standing seller: the chargebacks these tests pile onto one minutes-old account would (rightly)
  // raise its seller-risk score and send its next listings to review.
  await t.app.ctx.db
    .updateTable('users')
    .set({ created_at: new Date(Date.now() - 400 * 86_400_000) })
    .where('id', '=', seller.id)
    .execute();
});
afterAll(() => t.close());

const db = () => t.app.ctx.db;

/** A paid order and the PaymentIntent that paid it. */
async function paidOrder(): Promise<{ orderId: string; paymentIntent: string }> {
  const listing = await makeListing(t.request, seller, { price: { amount: 15_000, currency: 'EUR' } });
  const order = (await t.request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
  const paid = await t.request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_visa', shipping_address: SHIP_TO } });
  if (paid.status !== 200) throw new Error(`pay failed: ${paid.status} ${JSON.stringify(paid.body)}`);
  const { payment_ref } = await db().selectFrom('orders').select('payment_ref').where('id', '=', order.id).executeTakeFirstOrThrow();
  return { orderId: order.id, paymentIntent: payment_ref! };
}

const orderRow = (id: string) => db().selectFrom('orders').select(['status', 'funds_held', 'funds_released']).where('id', '=', id).executeTakeFirstOrThrow();
const disputesOf = (orderId: string) => db().selectFrom('disputes').selectAll().where('order_id', '=', orderId).execute();
const outboxTypes = async (aggregateIds: string[]) =>
  (await db().selectFrom('outbox').select('event_type').where('aggregate_id', 'in', aggregateIds).orderBy('id').execute()).map((e) => e.event_type);
const storedEvent = (id: string) => db().selectFrom('stripe_events').selectAll().where('id', '=', id).executeTakeFirst();

describe('signature verification', () => {
  let event: StripeEvent;
  let payload: string;
  beforeAll(() => {
    event = t.fake.updateAccount(t.fake.state.accounts.keys().next().value!, {});
    payload = webhookPayload(event);
  });

  const tamper = (body: string) => body.replace('"account.updated"', '"account.application.deauthorized"');
  test.each([
    ['missing header', (body: string) => ({ sent: body, signature: null })],
    ['wrong secret', (body: string) => ({ sent: body, signature: signatureHeader(body, 'whsec_not_ours') })],
    ['tampered body', (body: string) => ({ sent: tamper(body), signature: signatureHeader(body, WEBHOOK_SECRET) })],
    ['stale timestamp', (body: string) => ({ sent: body, signature: signatureHeader(body, WEBHOOK_SECRET, Math.floor(Date.now() / 1000) - 600) })],
  ])('%s → 400 problem+json naming the header, nothing recorded', async (_name, make) => {
    const { sent, signature } = make(payload);
    const res = await postWebhook(webhookUrl, sent, signature);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 400, code: 'invalid_signature', errors: [{ field: 'header.Stripe-Signature' }] });
    expect(await storedEvent(event.id)).toBeUndefined();
  });

  test('a stale timestamp says so; a non-JSON body is a 415', async () => {
    const stale = await postWebhook(webhookUrl, payload, signatureHeader(payload, WEBHOOK_SECRET, Math.floor(Date.now() / 1000) - 600));
    expect(stale.body.detail).toMatch(/tolerance/);
    const text = await fetch(webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'stripe-signature': signatureHeader(payload, WEBHOOK_SECRET) },
      body: payload,
    });
    expect(text.status).toBe(415);
  });
});

describe('delivery semantics', () => {
  test('a replayed event is applied once, also when the copies arrive concurrently', async () => {
    const { orderId, paymentIntent } = await paidOrder();
    const { event, dispute } = t.fake.openDispute(paymentIntent);
    const [first, second] = await Promise.all([t.fake.deliver(event), t.fake.deliver(event)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect([first.body.duplicate, second.body.duplicate].sort()).toEqual([false, true]);
    expect((await t.fake.deliver(event)).body).toEqual({ received: true, duplicate: true });

    const disputes = await disputesOf(orderId);
    expect(disputes).toHaveLength(1);
    expect(await outboxTypes([disputes[0]!.id])).toEqual(['dispute.opened']);
    const history = await db().selectFrom('order_status_history').select('to_status').where('order_id', '=', orderId).where('to_status', '=', 'disputed').execute();
    expect(history).toHaveLength(1);
    expect(await storedEvent(event.id)).toMatchObject({ type: 'charge.dispute.created', processed_at: expect.any(Date), error: null });
    expect(t.fake.requests.filter((r) => r.path === `/v1/disputes/${dispute.id}`).length).toBeGreaterThanOrEqual(1);
  });

  test("closed delivered before created: the final state is the dispute's real one, applied once", async () => {
    const { orderId, paymentIntent } = await paidOrder();
    const { dispute, event: created } = t.fake.openDispute(paymentIntent, { reason: 'product_not_received' });
    const closed = t.fake.setDisputeStatus(dispute.id, 'lost');
    expect((await t.fake.deliver(closed)).status).toBe(200);
    expect((await t.fake.deliver(created)).status).toBe(200);

    const [row] = await disputesOf(orderId);
    expect(row).toMatchObject({ status: 'lost', source: 'chargeback', provider_dispute_id: dispute.id, reason: 'product_not_received', amount: '15000', currency: 'EUR' });
    expect(await orderRow(orderId)).toMatchObject({ status: 'refunded', funds_held: false });
    expect(await outboxTypes([row!.id])).toEqual(['dispute.opened', 'chargeback.lost']);
  });

  test('won before created: nothing was ever frozen and the order keeps its course', async () => {
    const { orderId, paymentIntent } = await paidOrder();
    const { dispute, event: created } = t.fake.openDispute(paymentIntent);
    const won = t.fake.setDisputeStatus(dispute.id, 'won');
    await t.fake.deliver(won);
    await t.fake.deliver(created);
    expect(await disputesOf(orderId)).toMatchObject([{ status: 'won' }]);
    expect(await orderRow(orderId)).toMatchObject({ status: 'paid', funds_held: false });
  });

  test('unhandled types and disputes on payments that are not Agora orders are recorded and acknowledged', async () => {
    const { paymentIntent } = await paidOrder();
    const succeeded = t.fake.state.events.find((e) => e.type === 'payment_intent.succeeded' && (e.data.object as { id: string }).id === paymentIntent)!;
    expect((await t.fake.deliver(succeeded)).status).toBe(200);
    expect(await storedEvent(succeeded.id)).toMatchObject({ processed_at: expect.any(Date), error: 'ignored: unhandled type payment_intent.succeeded' });

    const foreign = await t.app.ctx.payments.charge({
      amount: { amount: 5_000, currency: 'EUR' },
      paymentMethod: 'pm_card_visa',
      idempotencyKey: 'not-an-order:1',
      description: 'elsewhere',
      strongAuthentication: false,
      transferGroup: 'elsewhere',
    });
    const { event } = t.fake.openDispute((foreign as { reference: string }).reference);
    expect((await t.fake.deliver(event)).status).toBe(200);
    expect((await storedEvent(event.id))?.error).toMatch(/^ignored: no order paid with pi_/);
  });

  test('a failure while applying is a 500 that leaves the event unprocessed, and the retry applies it', async () => {
    const { orderId, paymentIntent } = await paidOrder();
    const { dispute, event } = t.fake.openDispute(paymentIntent);
    // Stripe cannot serve the dispute for a moment: the re-fetch fails.
    t.fake.state.disputes.delete(dispute.id);
    const failed = await t.fake.deliver(event);
    expect(failed.status).toBe(500);
    expect(failed.body.detail).not.toContain(dispute.id);
    expect(await storedEvent(event.id)).toMatchObject({ processed_at: null, error: expect.stringContaining(`No such dispute: '${dispute.id}'`) });
    expect(await disputesOf(orderId)).toEqual([]);

    t.fake.state.disputes.set(dispute.id, dispute);
    expect((await t.fake.deliver(event)).body).toEqual({ received: true, duplicate: false });
    expect(await storedEvent(event.id)).toMatchObject({ processed_at: expect.any(Date), error: null });
    expect(await disputesOf(orderId)).toHaveLength(1);
  });
});

describe('chargebacks', () => {
  test('opened: a dispute row, the order disputed, its funds frozen, with outbox and audit; won: the hold released', async () => {
    const { orderId, paymentIntent } = await paidOrder();
    const { dispute, event } = t.fake.openDispute(paymentIntent, { reason: 'fraudulent', amount: 15_000 });
    expect((await t.fake.deliver(event)).status).toBe(200);

    const [opened] = await disputesOf(orderId);
    expect(opened).toMatchObject({ source: 'chargeback', provider_dispute_id: dispute.id, status: 'open', reason: 'fraudulent', amount: '15000', currency: 'EUR' });
    expect(await orderRow(orderId)).toMatchObject({ status: 'disputed', funds_held: true });
    expect(await outboxTypes([orderId, opened!.id])).toEqual(expect.arrayContaining(['order.disputed', 'dispute.opened']));
    const audit = await db().selectFrom('audit_log').select(['action', 'actor_id', 'details']).where('entity_id', '=', opened!.id).execute();
    expect(audit).toEqual([
      { action: 'dispute.opened', actor_id: null, details: expect.objectContaining({ order_id: orderId, status: 'open', provider_status: 'needs_response' }) },
    ]);

    // Evidence submitted: still open, nothing moves.
    await t.fake.deliver(t.fake.setDisputeStatus(dispute.id, 'under_review'));
    expect(await orderRow(orderId)).toMatchObject({ status: 'disputed', funds_held: true });

    expect((await t.fake.deliver(t.fake.setDisputeStatus(dispute.id, 'won'))).status).toBe(200);
    expect(await disputesOf(orderId)).toMatchObject([{ status: 'won' }]);
    expect(await orderRow(orderId)).toMatchObject({ status: 'completed', funds_held: false, funds_released: false });
    const history = await db().selectFrom('order_status_history').select(['to_status', 'actor_type']).where('order_id', '=', orderId).orderBy('id').execute();
    expect(history.slice(-2)).toEqual([
      { to_status: 'disputed', actor_type: 'system' },
      { to_status: 'completed', actor_type: 'system' },
    ]);
    // Completion starts the payout hold, as when a buyer completes an order: settlement is scheduled.
    const hold = await db().selectFrom('escrow_holds').select(['status', 'settle_after']).where('order_id', '=', orderId).executeTakeFirstOrThrow();
    expect(hold).toMatchObject({ status: 'pending', settle_after: expect.any(Date) });
    const jobs = await db().selectFrom('scheduled_jobs').select(['kind', 'status']).where('order_id', '=', orderId).where('kind', '=', 'settle').execute();
    expect(jobs).toEqual([{ kind: 'settle', status: 'pending' }]);
  });

  test('lost: the network took the money back, so the ledger refunds the buyer without a second provider refund', async () => {
    const { orderId, paymentIntent } = await paidOrder();
    const { dispute, event } = t.fake.openDispute(paymentIntent);
    await t.fake.deliver(event);
    await t.fake.deliver(t.fake.setDisputeStatus(dispute.id, 'lost'));
    const [lost] = await disputesOf(orderId);
    expect(lost).toMatchObject({ status: 'lost' });
    expect(await orderRow(orderId)).toMatchObject({ status: 'refunded', funds_held: false, funds_released: false });
    expect(await outboxTypes([lost!.id])).toEqual(['dispute.opened', 'dispute.updated', 'chargeback.lost']);
    const ledger = await db().selectFrom('ledger_transactions').select('kind').where('order_id', '=', orderId).orderBy('created_at').execute();
    expect(ledger.map((l) => l.kind)).toEqual(['payment_captured', 'refund']);
    const hold = await db().selectFrom('escrow_holds').select('status').where('order_id', '=', orderId).executeTakeFirstOrThrow();
    expect(hold.status).toBe('voided');
    expect(await db().selectFrom('provider_operations').select('id').where('order_id', '=', orderId).execute()).toEqual([]);
    // A decided dispute stays decided (Stripe's appeals, which reopen one, are not modelled yet).
    await t.fake.deliver(t.fake.setDisputeStatus(dispute.id, 'under_review'));
    expect(await disputesOf(orderId)).toMatchObject([{ status: 'lost' }]);
  });
});
