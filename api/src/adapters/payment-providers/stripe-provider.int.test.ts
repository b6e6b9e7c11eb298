import Stripe from 'stripe';
import { type FakeStripe, balanceOf, signatureHeader, startFakeStripe, webhookPayload } from '../../../test/fake-stripe';
import { type StripeProvider, createStripeProvider } from './stripe-provider';

// The real `stripe` client against the local fake that speaks Stripe's wire format.
const WEBHOOK_SECRET = 'whsec_contract_test';
let fake: FakeStripe;
let provider: StripeProvider;
let keySeq = 0;
const key = (what: string) => `${what}:${process.pid}:${(keySeq += 1)}:attempt:1`;
const eur = (amount: number) => ({ amount, currency: 'EUR' });

beforeAll(async () => {
  fake = await startFakeStripe();
  provider = createStripeProvider({ secretKey: fake.secretKey, webhookSecrets: ['whsec_connect_endpoint', WEBHOOK_SECRET], apiBase: fake.url });
});
afterAll(() => fake.close());

const charge = (paymentMethod: string, idempotencyKey = key('order'), amount = 12_500) =>
  provider.charge({ amount: eur(amount), paymentMethod, idempotencyKey, description: 'Agora order', transferGroup: 'order_contract', strongAuthentication: false });

/** A connected account that finished onboarding, as the seller module would have it. */
async function onboardedAccount(): Promise<string> {
  const { accountId } = await provider.createSellerAccount({ userId: 'user-1', email: 'seller@example.test', idempotencyKey: key('seller') });
  fake.updateAccount(accountId, { charges_enabled: true, payouts_enabled: true });
  return accountId;
}

describe('charge', () => {
  test('a good card succeeds: a confirmed PaymentIntent on the platform, its id the reference', async () => {
    const idempotencyKey = key('order');
    const result = await charge('pm_card_visa', idempotencyKey);
    expect(result).toEqual({ status: 'succeeded', reference: expect.stringMatching(/^pi_/) });
    const reference = (result as { reference: string }).reference;
    expect(fake.state.paymentIntents.get(reference)).toMatchObject({
      status: 'succeeded',
      amount: 12_500,
      currency: 'eur',
      transfer_group: 'order_contract',
      payment_method: 'pm_card_visa',
    });
    const sent = fake.requests.find((r) => r.idempotencyKey === idempotencyKey)!;
    expect(sent.params).toMatchObject({ amount: '12500', currency: 'eur', confirm: 'true', automatic_payment_methods: { enabled: 'true', allow_redirects: 'never' } });
  });

  test("a declined card is a decline result with Stripe's code and message, never an exception", async () => {
    await expect(charge('pm_card_chargeDeclined')).resolves.toEqual({ status: 'declined', declineCode: 'generic_decline', message: 'Your card was declined.' });
  });

  test('a Radar block arrives as a fraudulent decline; the provider itself gives no risk signal', async () => {
    await expect(charge('pm_card_radarBlock')).resolves.toEqual({ status: 'declined', declineCode: 'fraudulent', message: 'Your card was declined.' });
    expect(provider.riskSignal('pm_card_radarBlock')).toBeNull();
  });

  test('a card that needs 3-D Secure cannot be confirmed server-side: declined as authentication_required', async () => {
    await expect(charge('pm_card_authenticationRequired')).resolves.toMatchObject({ status: 'declined', declineCode: 'authentication_required' });
  });

  test("a step-up asks for 3-D Secure whenever the card supports it; an ordinary payment leaves it to Stripe's default", async () => {
    const idempotencyKey = key('order');
    const result = await provider.charge({
      amount: eur(12_500),
      paymentMethod: 'pm_card_visa',
      idempotencyKey,
      description: 'Agora order',
      transferGroup: 'g',
      strongAuthentication: true,
    });
    expect(result).toMatchObject({ status: 'succeeded' });
    const sent = fake.requests.find((r) => r.idempotencyKey === idempotencyKey)!;
    expect(sent.params).toMatchObject({ payment_method_options: { card: { request_three_d_secure: 'any' } } });
    expect(fake.state.paymentIntents.get((result as { reference: string }).reference)?.payment_method_options.card.request_three_d_secure).toBe('any');
    const plain = await charge('pm_card_visa');
    expect(fake.state.paymentIntents.get((plain as { reference: string }).reference)?.payment_method_options.card.request_three_d_secure).toBe('automatic');
  });

  test('knowsMethod accepts opaque pm_ ids only', () => {
    expect(provider.knowsMethod('pm_1PqRsTuVwXyZ')).toBe(true);
    expect(provider.knowsMethod('tok_visa')).toBe(false);
    expect(provider.knowsMethod('pm_<script>')).toBe(false);
  });

  test('the same idempotency key replays the first outcome: one PaymentIntent, one decline', async () => {
    const idempotencyKey = key('order');
    const before = fake.count('POST', '/v1/payment_intents');
    const first = await charge('pm_card_visa', idempotencyKey);
    const again = await charge('pm_card_visa', idempotencyKey);
    expect(again).toEqual(first);
    expect(fake.count('POST', '/v1/payment_intents')).toBe(before + 1);
    expect(fake.requests.filter((r) => r.idempotencyKey === idempotencyKey).map((r) => r.replayed)).toEqual([false, true]);

    const declineKey = key('order');
    const declined = await charge('pm_card_chargeDeclined', declineKey);
    expect(await charge('pm_card_chargeDeclined', declineKey)).toEqual(declined);
    expect(fake.count('POST', '/v1/payment_intents')).toBe(before + 2);
  });

  test("the same key with other parameters is Stripe's idempotency error, thrown", async () => {
    const idempotencyKey = key('order');
    await charge('pm_card_visa', idempotencyKey, 12_500);
    const err = await charge('pm_card_visa', idempotencyKey, 13_000).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect((err as Error).message).toMatch(/same parameters/);
  });

  test("API errors are thrown with Stripe's message (here: below the minimum amount)", async () => {
    await expect(charge('pm_card_visa', key('order'), 10)).rejects.toThrow('Amount must be at least EUR 0.50');
  });

  test('a payment method Stripe does not know is a decline the API turns into a 422, not an outage', async () => {
    await expect(charge('pm_card_doesNotExist')).resolves.toEqual({ status: 'declined', declineCode: 'invalid_payment_method', message: 'Unknown payment method' });
  });
});

describe('refunds, transfers, reversals, payouts', () => {
  test('partial then full refund of a PaymentIntent; refunding more is an API error', async () => {
    const paid = await charge('pm_card_visa', key('order'), 10_000);
    const reference = (paid as { reference: string }).reference;
    const partial = await provider.refund({ reference, amount: eur(3_000), idempotencyKey: key('refund') });
    const rest = await provider.refund({ reference, amount: eur(7_000), idempotencyKey: key('refund') });
    expect([partial.reference, rest.reference]).toEqual([expect.stringMatching(/^re_/), expect.stringMatching(/^re_/)]);
    const chargeId = fake.state.paymentIntents.get(reference)!.latest_charge!;
    expect(fake.state.charges.get(chargeId)).toMatchObject({ amount_refunded: 10_000, refunded: true });
    await expect(provider.refund({ reference, amount: eur(1), idempotencyKey: key('refund') })).rejects.toThrow(`Charge ${chargeId} has already been refunded.`);
    await expect(provider.refund({ reference: 'pi_nope', amount: eur(1), idempotencyKey: key('refund') })).rejects.toThrow("No such payment_intent: 'pi_nope'");
  });

  test('transfer the seller share to the connected account with the transfer group, then reverse part of it', async () => {
    const destination = await onboardedAccount();
    const transfer = await provider.transfer({ destination, amount: eur(9_000), transferGroup: 'order_contract', idempotencyKey: key('transfer') });
    expect(fake.state.transfers.get(transfer.reference)).toMatchObject({ destination, amount: 9_000, currency: 'eur', transfer_group: 'order_contract' });
    const reversal = await provider.reverseTransfer({ reference: transfer.reference, amount: eur(4_000), idempotencyKey: key('reversal') });
    expect(reversal.reference).toMatch(/^trr_/);
    expect(fake.state.transfers.get(transfer.reference)).toMatchObject({ amount_reversed: 4_000, reversed: false });
    await expect(provider.reverseTransfer({ reference: transfer.reference, amount: eur(6_000), idempotencyKey: key('reversal') })).rejects.toThrow(/only EUR 50.00 remains/);
  });

  test('a transfer to an account that has not finished onboarding is refused by Stripe', async () => {
    const { accountId } = await provider.createSellerAccount({ userId: 'user-2', email: 'new@example.test', idempotencyKey: key('seller') });
    await expect(provider.transfer({ destination: accountId, amount: eur(100), transferGroup: 'order_x', idempotencyKey: key('transfer') })).rejects.toThrow(
      /capabilities enabled: transfers/,
    );
  });

  test('a payout runs on the connected account (Stripe-Account) and cannot exceed its balance', async () => {
    const destination = await onboardedAccount();
    await provider.transfer({ destination, amount: eur(5_000), transferGroup: 'order_payout', idempotencyKey: key('transfer') });
    const payoutKey = key('payout');
    const payout = await provider.payout({ destination, amount: eur(5_000), idempotencyKey: payoutKey });
    expect(payout.reference).toMatch(/^po_/);
    expect(fake.requests.find((r) => r.idempotencyKey === payoutKey)).toMatchObject({ path: '/v1/payouts', stripeAccount: destination });
    expect(balanceOf(fake.state, destination, 'eur')).toBe(0);
    await expect(provider.payout({ destination, amount: eur(1), idempotencyKey: key('payout') })).rejects.toThrow(/insufficient funds/);
  });
});

describe('seller accounts and disputes', () => {
  test('create an Express account (idempotent), link to onboarding, retrieve the gates as Stripe reports them', async () => {
    const idempotencyKey = key('seller');
    const created = await provider.createSellerAccount({ userId: 'user-3', email: 'seller3@example.test', idempotencyKey });
    expect(created).toEqual({ accountId: expect.stringMatching(/^acct_/), chargesEnabled: false, payoutsEnabled: false });
    expect(await provider.createSellerAccount({ userId: 'user-3', email: 'seller3@example.test', idempotencyKey })).toEqual(created);
    expect(fake.requests.find((r) => r.idempotencyKey === idempotencyKey)!.params).toMatchObject({
      type: 'express',
      email: 'seller3@example.test',
      metadata: { user_id: 'user-3' },
      capabilities: { transfers: { requested: 'true' }, card_payments: { requested: 'true' } },
    });

    const link = await provider.onboardingLink({ accountId: created.accountId, returnUrl: 'https://app.example/return', refreshUrl: 'https://app.example/refresh' });
    expect(link.url).toContain(created.accountId);
    expect(link.expiresAt.getTime()).toBeGreaterThan(Date.now());

    fake.updateAccount(created.accountId, { charges_enabled: true });
    expect(await provider.retrieveSellerAccount(created.accountId)).toEqual({ accountId: created.accountId, chargesEnabled: true, payoutsEnabled: false });
    await expect(provider.retrieveSellerAccount('acct_unknown')).rejects.toThrow(/does not have access to account 'acct_unknown'/);
  });

  test("a dispute is read back with its PaymentIntent; Stripe's statuses reduce to open / won / lost", async () => {
    const reference = ((await charge('pm_card_visa')) as { reference: string }).reference;
    const { dispute } = fake.openDispute(reference, { reason: 'product_not_received', amount: 12_000 });
    expect(await provider.retrieveDispute(dispute.id)).toEqual({
      id: dispute.id,
      paymentIntent: reference,
      status: 'open',
      providerStatus: 'needs_response',
      reason: 'product_not_received',
      amount: eur(12_000),
    });
    fake.setDisputeStatus(dispute.id, 'under_review');
    expect((await provider.retrieveDispute(dispute.id)).status).toBe('open');
    fake.setDisputeStatus(dispute.id, 'lost');
    expect(await provider.retrieveDispute(dispute.id)).toMatchObject({ status: 'lost', providerStatus: 'lost' });
  });
});

describe('failures', () => {
  test('a wrong secret key is an authentication error; an unreachable API a connection error', async () => {
    const wrongKey = createStripeProvider({ secretKey: 'sk_test_wrong_key_123456', webhookSecrets: [WEBHOOK_SECRET], apiBase: fake.url });
    await expect(wrongKey.retrieveSellerAccount('acct_x')).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    const closed = await startFakeStripe();
    await closed.close();
    const unreachable = createStripeProvider({ secretKey: fake.secretKey, webhookSecrets: [WEBHOOK_SECRET], apiBase: closed.url });
    await expect(
      unreachable.charge({ amount: eur(1_000), paymentMethod: 'pm_card_visa', idempotencyKey: key('order'), description: 'x', transferGroup: 'g', strongAuthentication: false }),
    ).rejects.toBeInstanceOf(Stripe.errors.StripeConnectionError);
  });

  test('webhook signatures: valid (for any configured endpoint secret), wrong secret, tampered, stale, missing', async () => {
    const { dispute, event } = fake.openDispute(((await charge('pm_card_visa')) as { reference: string }).reference);
    const payload = webhookPayload(event);
    const now = new Date();
    const t = Math.floor(now.getTime() / 1000);
    const verified = provider.verifyWebhook(Buffer.from(payload), signatureHeader(payload, WEBHOOK_SECRET, t), now);
    expect(verified).toEqual({ ok: true, event: { id: event.id, type: 'charge.dispute.created', created: new Date(event.created * 1000), objectId: dispute.id } });
    expect(provider.verifyWebhook(Buffer.from(payload), signatureHeader(payload, 'whsec_connect_endpoint', t), now).ok).toBe(true);
    expect(provider.verifyWebhook(Buffer.from(payload), signatureHeader(payload, 'whsec_other', t), now).ok).toBe(false);
    expect(provider.verifyWebhook(Buffer.from(payload.replace('fraudulent', 'general')), signatureHeader(payload, WEBHOOK_SECRET, t), now).ok).toBe(false);
    expect(provider.verifyWebhook(Buffer.from(payload), signatureHeader(payload, WEBHOOK_SECRET, t - 301), now)).toEqual({ ok: false, reason: expect.stringMatching(/tolerance/) });
    expect(provider.verifyWebhook(Buffer.from(payload), undefined, now)).toEqual({ ok: false, reason: 'The Stripe-Signature header is missing' });
  });
});
