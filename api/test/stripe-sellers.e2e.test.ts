import { type TestUser, makeListing, registerUser, SHIP_TO } from '../../test/harness';
import { sellerCanAcceptPayments, sellerCanReceivePayouts } from '../src/modules/money/seller-accounts';
import { type StripeTestApp, onboardSeller, startStripeTestApp } from './stripe-test-app';

let t: StripeTestApp;
beforeAll(async () => {
  t = await startStripeTestApp();
});
afterAll(() => t.close());

const listingBody = { title: 'Vintage camera', description: 'Works, with strap', price: { amount: 12_500, currency: 'EUR' }, category: 'cameras', condition: 'good' };
const sellerAccount = async (seller: TestUser) => (await t.request('GET', '/v1/me/seller-account', { token: seller.token })).body;

describe('seller onboarding gates selling', () => {
  test('no listing until Stripe enables charges and says so by webhook; the handler re-fetches the account', async () => {
    const seller = await registerUser(t.request);
    const refused = await t.request('POST', '/v1/listings', { token: seller.token, body: listingBody });
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'seller_onboarding_required', detail: expect.stringContaining('/v1/me/seller-account') });
    expect((await t.request('GET', '/v1/me/seller-account', { token: seller.token })).status).toBe(404);

    const opened = await t.request('POST', '/v1/me/seller-account', { token: seller.token, body: { return_url: 'https://app.example/sell' } });
    expect(opened.status).toBe(200);
    expect(opened.body).toEqual({
      account_id: expect.stringMatching(/^acct_/),
      charges_enabled: false,
      payouts_enabled: false,
      onboarding_url: expect.stringContaining(opened.body.account_id),
    });
    const accountId = opened.body.account_id as string;
    // Idempotent per user: a second call refreshes and links again, it opens no second account.
    const again = await t.request('POST', '/v1/me/seller-account', {
      token: seller.token,
      body: { return_url: 'https://app.example/sell', refresh_url: 'https://app.example/again' },
    });
    expect(again.body.account_id).toBe(accountId);
    expect(t.fake.count('POST', '/v1/accounts')).toBe(1);
    expect(t.fake.state.accounts.get(accountId)).toMatchObject({ type: 'express', email: seller.email, metadata: { user_id: seller.id } });

    // Stripe enables charges; until its webhook arrives, Agora still refuses.
    const enabled = t.fake.updateAccount(accountId, { charges_enabled: true });
    expect((await t.request('POST', '/v1/listings', { token: seller.token, body: listingBody })).status).toBe(409);
    // Stripe disables charges again before the first webhook lands: its snapshot (enabled) is stale.
    const disabled = t.fake.updateAccount(accountId, { charges_enabled: false });
    expect((await t.fake.deliver(enabled)).status).toBe(200);
    expect(await sellerAccount(seller)).toMatchObject({ charges_enabled: false });
    expect((await t.request('POST', '/v1/listings', { token: seller.token, body: listingBody })).status).toBe(409);

    expect((await t.fake.deliver(t.fake.updateAccount(accountId, { charges_enabled: true, payouts_enabled: true }))).status).toBe(200);
    expect(await sellerAccount(seller)).toEqual({ account_id: accountId, charges_enabled: true, payouts_enabled: true });
    expect((await t.request('POST', '/v1/listings', { token: seller.token, body: listingBody })).status).toBe(201);

    // The late "disabled" delivery re-fetches too and changes nothing.
    expect((await t.fake.deliver(disabled)).status).toBe(200);
    expect(await sellerAccount(seller)).toMatchObject({ charges_enabled: true, payouts_enabled: true });
    const flagEvents = await t.app.ctx.db.selectFrom('outbox').select('event_type').where('aggregate_id', '=', seller.id).where('event_type', 'like', 'seller_account.%').execute();
    expect(flagEvents.map((e) => e.event_type)).toEqual(['seller_account.created', 'seller_account.updated']);
  });

  test('the gates the core calls: charges for selling, payouts for paying out', async () => {
    const [stranger, halfway] = await Promise.all([registerUser(t.request), registerUser(t.request)]);
    const { ctx } = t.app;
    expect(await sellerCanAcceptPayments(ctx, ctx.db, stranger.id)).toBe(false);
    expect(await sellerCanReceivePayouts(ctx, ctx.db, stranger.id)).toBe(false);
    const opened = await t.request('POST', '/v1/me/seller-account', { token: halfway.token, body: { return_url: 'https://app.example/sell' } });
    await t.fake.deliver(t.fake.updateAccount(opened.body.account_id, { charges_enabled: true }));
    expect(await sellerCanAcceptPayments(ctx, ctx.db, halfway.id)).toBe(true);
    expect(await sellerCanReceivePayouts(ctx, ctx.db, halfway.id)).toBe(false);
  });

  test('bad onboarding URLs are a 400 naming the field', async () => {
    const seller = await registerUser(t.request);
    const res = await t.request('POST', '/v1/me/seller-account', { token: seller.token, body: { return_url: 'javascript:alert(1)' } });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'return_url', message: 'must be an http(s) URL' }]);
    expect((await t.request('POST', '/v1/me/seller-account', { token: seller.token, body: {} })).body.errors[0].field).toBe('return_url');
  });
});

describe('paying through Stripe', () => {
  test('a buyer pays: a confirmed PaymentIntent per attempt, the order paid with payment_ref = the PaymentIntent', async () => {
    const [seller, buyer] = await Promise.all([registerUser(t.request), registerUser(t.request)]);
    await onboardSeller(t, seller);
    const listing = await makeListing(t.request, seller, { price: { amount: 20_000, currency: 'EUR' } });
    const order = (await t.request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;

    const declined = await t.request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_chargeDeclined', shipping_address: SHIP_TO } });
    expect(declined.status).toBe(402);
    expect(declined.body).toMatchObject({ code: 'payment_declined', detail: 'Your card was declined.' });
    const blocked = await t.request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_radarBlock', shipping_address: SHIP_TO } });
    expect(blocked.status).toBe(402);
    // A method id Stripe does not know is the client's mistake: a 422 naming the field, the order payable again.
    const unknown = await t.request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_does_not_exist', shipping_address: SHIP_TO } });
    expect(unknown).toMatchObject({ status: 422, body: { code: 'payment_method_invalid', errors: [{ field: 'payment_method' }] } });

    const paid = await t.request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_visa', shipping_address: SHIP_TO } });
    expect(paid.status).toBe(200);
    expect(paid.body.status).toBe('paid');
    const row = await t.app.ctx.db.selectFrom('orders').select(['payment_ref', 'status']).where('id', '=', order.id).executeTakeFirstOrThrow();
    expect(row.payment_ref).toMatch(/^pi_/);
    expect(t.fake.state.paymentIntents.get(row.payment_ref!)).toMatchObject({ status: 'succeeded', amount: 20_000, currency: 'eur', transfer_group: `order_${order.id}` });
    const keys = t.fake.requests.filter((r) => r.path === '/v1/payment_intents' && r.params.transfer_group === `order_${order.id}`).map((r) => r.idempotencyKey);
    expect(keys).toEqual([1, 2, 3, 4].map((n) => `order:${order.id}:attempt:${n}`));
  });
});
