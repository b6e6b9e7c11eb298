import { expireDueOffers } from '../src/modules/marketplace/offers';
import { connectRealtime } from '../../test/realtime-client';
import { HOUR, type Request, type TestApp, type TestUser, client, expectProblem, makeListing, manualClock, registerUser, startTestApp, SHIP_TO } from '../../test/harness';

const time = manualClock();
let app: TestApp;
let request: Request;

beforeAll(async () => {
  app = await startTestApp({ clock: time.clock, env: { OFFERS_OPEN_PER_BUYER: '3' } });
  request = client(app.url);
});
afterAll(() => app.close());

// makeListing prices at 12,500 EUR cents: the floor (50%) is 6,250.
const EUR = (amount: number) => ({ amount: { amount, currency: 'EUR' } });
const offer = (buyer: TestUser, listingId: string, amount: number, headers?: Record<string, string>) =>
  request('POST', `/v1/listings/${listingId}/offers`, { token: buyer.token, body: EUR(amount), headers });
const act = (user: TestUser, offerId: string, action: 'accept' | 'decline' | 'withdraw', headers?: Record<string, string>) =>
  request('POST', `/v1/offers/${offerId}/${action}`, { token: user.token, headers });
const counter = (user: TestUser, offerId: string, amount: number) => request('POST', `/v1/offers/${offerId}/counter`, { token: user.token, body: EUR(amount) });
const notificationTypes = async (user: TestUser) =>
  ((await request('GET', '/v1/me/notifications?limit=100', { token: user.token })).body.data as { type: string; data: Record<string, unknown> }[]).map((n) => n.type);

async function parties() {
  const [seller, buyer] = [await registerUser(request), await registerUser(request)];
  const listing = await makeListing(request, seller);
  return { seller, buyer, listing };
}

describe('making an offer', () => {
  test('the seller is notified; both parties see it; strangers do not', async () => {
    const { seller, buyer, listing } = await parties();
    const stranger = await registerUser(request);
    const made = await offer(buyer, listing.id, 10_000);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      listing_id: listing.id,
      buyer_id: buyer.id,
      seller_id: seller.id,
      amount: { amount: 10_000, currency: 'EUR' },
      status: 'pending',
      awaiting: 'seller',
      round: 1,
      order_id: null,
    });
    expect(Date.parse(made.body.expires_at) - time.nowMs()).toBe(48 * HOUR);
    expect(await notificationTypes(seller)).toContain('offer.received');

    expect((await request('GET', `/v1/offers/${made.body.id}`, { token: buyer.token })).body).toMatchObject({
      id: made.body.id,
      history: [{ actor: 'buyer', action: 'made', amount: 10_000 }],
    });
    expect((await request('GET', `/v1/offers/${made.body.id}`, { token: seller.token })).status).toBe(200);
    expectProblem(await request('GET', `/v1/offers/${made.body.id}`, { token: stranger.token }), 404);
    expectProblem(await act(stranger, made.body.id, 'accept'), 404);

    // The seller sees every buyer's offers on the listing; a buyer only their own.
    const other = await registerUser(request);
    expect((await offer(other, listing.id, 9_000)).status).toBe(201);
    const bySeller = await request('GET', `/v1/listings/${listing.id}/offers`, { token: seller.token });
    expect(bySeller.body.data.map((o: { buyer_id: string }) => o.buyer_id).sort()).toEqual([buyer.id, other.id].sort());
    const byBuyer = await request('GET', `/v1/listings/${listing.id}/offers`, { token: buyer.token });
    expect(byBuyer.body.data.map((o: { id: string }) => o.id)).toEqual([made.body.id]);
    expect((await request('GET', '/v1/me/offers?role=seller&status=pending', { token: seller.token })).body.data).toHaveLength(2);
    expect((await request('GET', '/v1/me/offers', { token: buyer.token })).body.data.map((o: { id: string }) => o.id)).toEqual([made.body.id]);
    expectProblem(await request('GET', '/v1/me/offers?role=admin', { token: buyer.token }), 400, 'query.role');
  });

  test('refusals: own listing, floor, at the price, currency, blocked, one open per listing, too many open', async () => {
    const { seller, buyer, listing } = await parties();
    expect((await offer(seller, listing.id, 10_000)).body).toMatchObject({ status: 422, code: 'own_listing' });
    const low = await offer(buyer, listing.id, 6_249);
    expectProblem(low, 422, 'amount.amount');
    expect(low.body.code).toBe('offer_too_low');
    expect((await offer(buyer, listing.id, 6_250)).status).toBe(201);
    const other = await registerUser(request);
    expect((await offer(other, listing.id, 12_500)).body).toMatchObject({ status: 422, code: 'offer_not_below_price' });
    const usd = await request('POST', `/v1/listings/${listing.id}/offers`, { token: other.token, body: { amount: { amount: 10_000, currency: 'USD' } } });
    expectProblem(usd, 422, 'amount.currency');
    expectProblem(await request('POST', `/v1/listings/${listing.id}/offers`, { token: other.token, body: { amount: { amount: -1, currency: 'EUR' } } }), 400, 'amount.amount');
    expectProblem(await request('POST', `/v1/listings/${listing.id}/offers`, { token: other.token, body: {} }), 400, 'amount');
    expectProblem(await offer(other, '7f0c5a52-1c5a-4cb4-9d5f-0b5ec9d1b8a1', 10_000), 404);

    // One open offer per buyer and listing: counter or withdraw it instead.
    expect((await offer(buyer, listing.id, 7_000)).body).toMatchObject({ status: 409, code: 'offer_already_open' });

    // A buyer who blocked the seller may not offer; a seller who blocked the buyer hides the listing from them.
    const blockedSeller = await registerUser(request);
    const hisListing = await makeListing(request, blockedSeller);
    await request('POST', '/v1/me/blocks', { token: other.token, body: { user_id: blockedSeller.id } });
    expect((await offer(other, hisListing.id, 10_000)).body).toMatchObject({ status: 403, code: 'blocked' });
    const blocker = await registerUser(request);
    const hidden = await makeListing(request, blocker);
    await request('POST', '/v1/me/blocks', { token: blocker.token, body: { user_id: other.id } });
    expectProblem(await offer(other, hidden.id, 10_000), 404);

    // At most OFFERS_OPEN_PER_BUYER (3 here) open at once.
    for (let i = 0; i < 2; i++) expect((await offer(buyer, (await makeListing(request, seller)).id, 10_000)).status).toBe(201);
    expect((await offer(buyer, (await makeListing(request, seller)).id, 10_000)).body).toMatchObject({ status: 409, code: 'too_many_open_offers' });
  });

  test('an auctioned listing takes bids, not offers; a pending offer cannot be accepted once its auction runs', async () => {
    const { seller, buyer, listing } = await parties();
    const pending = (await offer(buyer, listing.id, 10_000)).body;
    const auction = await request('POST', `/v1/listings/${listing.id}/auction`, {
      token: seller.token,
      body: { start_price: { amount: 5_000, currency: 'EUR' }, duration_hours: 24 },
    });
    expect(auction.status).toBe(201);
    const other = await registerUser(request);
    expect((await offer(other, listing.id, 10_000)).body).toMatchObject({ status: 409, code: 'listing_in_auction' });
    expect((await act(seller, pending.id, 'accept')).body).toMatchObject({ status: 409, code: 'listing_in_auction' });
  });

  test('an offer on a reserved listing is refused', async () => {
    const { buyer, listing } = await parties();
    const other = await registerUser(request);
    expect((await request('POST', '/v1/orders', { token: other.token, body: { listing_id: listing.id } })).status).toBe(201);
    expect((await offer(buyer, listing.id, 10_000)).body).toMatchObject({ status: 409, code: 'listing_unavailable' });
  });
});

describe('negotiating', () => {
  test('counter, counter, accept: the order opens at the agreed price, reserved for the buyer; history kept; both apps told live', async () => {
    const { seller, buyer, listing } = await parties();
    const sellerSocket = await connectRealtime(app.url, { token: seller.token });
    const buyerSocket = await connectRealtime(app.url, { token: buyer.token });
    const made = (await offer(buyer, listing.id, 8_000)).body;
    expect((await sellerSocket.next((f) => f.type === 'event' && f.event?.type === 'offer.updated')).event.data).toMatchObject({ id: made.id, status: 'pending' });

    // Only the awaited party answers; the buyer may not accept their own proposal.
    expect((await act(buyer, made.id, 'accept')).body).toMatchObject({ status: 409, code: 'not_your_turn' });
    expect((await counter(seller, made.id, 7_000)).body).toMatchObject({ status: 422, code: 'counter_not_between' });
    const countered = await counter(seller, made.id, 11_000);
    expect(countered.body).toMatchObject({ amount: { amount: 11_000 }, awaiting: 'buyer', round: 2 });
    expect(await notificationTypes(buyer)).toContain('offer.countered');
    expect((await act(seller, made.id, 'withdraw')).status).toBe(403);
    expect((await counter(buyer, made.id, 9_500)).body).toMatchObject({ amount: { amount: 9_500 }, awaiting: 'seller', round: 3 });

    const accepted = await act(seller, made.id, 'accept', { 'idempotency-key': `accept-${made.id}` });
    expect(accepted.status).toBe(200);
    expect(accepted.body.offer).toMatchObject({ status: 'accepted', awaiting: null, order_id: accepted.body.order.id });
    expect(accepted.body.order).toMatchObject({ buyer_id: buyer.id, seller_id: seller.id, amount: { amount: 9_500, currency: 'EUR' }, status: 'initiated' });
    // A replay answers the same.
    expect((await act(seller, made.id, 'accept', { 'idempotency-key': `accept-${made.id}` })).body).toEqual(accepted.body);
    expect(await notificationTypes(buyer)).toContain('offer.accepted');
    expect((await request('GET', `/v1/listings/${listing.id}`, { token: buyer.token })).body.status).toBe('reserved');
    const liveAccept = await buyerSocket.next((f) => f.type === 'event' && f.event?.type === 'offer.updated' && f.event.data.status === 'accepted');
    expect(liveAccept.event.data).toMatchObject({ id: made.id, order_id: accepted.body.order.id });

    const detail = await request('GET', `/v1/offers/${made.id}`, { token: buyer.token });
    expect(detail.body.history.map((h: { actor: string; action: string; amount: number | null }) => [h.actor, h.action, h.amount])).toEqual([
      ['buyer', 'made', 8_000],
      ['seller', 'countered', 11_000],
      ['buyer', 'countered', 9_500],
      ['seller', 'accepted', null],
    ]);
    expect((await act(buyer, made.id, 'withdraw')).body).toMatchObject({ status: 409, code: 'invalid_transition' });
    // The buyer pays the agreed price through the ordinary order.
    const paid = await request('POST', `/v1/orders/${accepted.body.order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_visa', shipping_address: SHIP_TO } });
    expect(paid.body).toMatchObject({ status: 'paid', amount: { amount: 9_500 } });
    sellerSocket.close();
    buyerSocket.close();
  });

  test('accepting supersedes the other open offers on the listing (their buyers hear a decline)', async () => {
    const { seller, buyer, listing } = await parties();
    const rival = await registerUser(request);
    const mine = (await offer(buyer, listing.id, 10_000)).body;
    const theirs = (await offer(rival, listing.id, 9_000)).body;
    expect((await act(seller, mine.id, 'accept')).status).toBe(200);
    expect((await request('GET', `/v1/offers/${theirs.id}`, { token: rival.token })).body).toMatchObject({ status: 'superseded', awaiting: null });
    expect(await notificationTypes(rival)).toContain('offer.declined');
  });

  test('decline and withdraw end the negotiation and tell the other party', async () => {
    const { seller, buyer, listing } = await parties();
    const first = (await offer(buyer, listing.id, 10_000)).body;
    expect((await act(buyer, first.id, 'decline')).body).toMatchObject({ status: 409, code: 'not_your_turn' });
    expect((await act(seller, first.id, 'decline')).body).toMatchObject({ status: 'declined' });
    expect(await notificationTypes(buyer)).toContain('offer.declined');
    const second = (await offer(buyer, listing.id, 10_500)).body;
    expect((await act(buyer, second.id, 'withdraw')).body).toMatchObject({ status: 'withdrawn' });
    expect(await notificationTypes(seller)).toContain('offer.withdrawn');
    expectProblem(await request('POST', '/v1/offers/not-a-uuid/accept', { token: seller.token }), 400, 'params.id');
  });
});

describe('expiry', () => {
  test('an unanswered offer lapses after OFFER_TTL_HOURS; a counter restarts the clock', async () => {
    const { seller, buyer, listing } = await parties();
    const lapsing = (await offer(buyer, listing.id, 10_000)).body;
    const other = await registerUser(request);
    const answered = (await offer(other, listing.id, 9_000)).body;
    time.advance(47 * HOUR);
    expect((await counter(seller, answered.id, 11_000)).status).toBe(200);
    time.advance(2 * HOUR);
    // Past its time but not yet swept: it binds nobody.
    expect((await act(seller, lapsing.id, 'accept')).body).toMatchObject({ status: 409, code: 'offer_expired' });
    expect(await expireDueOffers(app.ctx)).toBeGreaterThanOrEqual(1);
    expect((await request('GET', `/v1/offers/${lapsing.id}`, { token: buyer.token })).body).toMatchObject({
      status: 'expired',
      history: [{ action: 'made' }, { actor: 'system', action: 'expired' }],
    });
    expect((await request('GET', `/v1/offers/${answered.id}`, { token: other.token })).body.status).toBe('pending');
    expect(await notificationTypes(buyer)).toContain('offer.expired');
    expect(await notificationTypes(seller)).toContain('offer.expired');
  });
});

describe('races', () => {
  test('20 concurrent accepts of different offers on one listing and a direct purchase: exactly one order, the rest clean 409s', async () => {
    const { seller, listing } = await parties();
    const buyers = await Promise.all(Array.from({ length: 21 }, () => registerUser(request)));
    const offers = [];
    for (const b of buyers.slice(0, 20)) offers.push((await offer(b, listing.id, 10_000)).body);
    const results = await Promise.all([
      ...offers.map((o) => act(seller, o.id, 'accept')),
      request('POST', '/v1/orders', { token: buyers[20]!.token, body: { listing_id: listing.id } }),
    ]);
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200 || s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(20);
    const orders = await app.ctx.db.selectFrom('orders').select('id').where('listing_id', '=', listing.id).execute();
    expect(orders).toHaveLength(1);
    const accepted = await app.ctx.db.selectFrom('offers').select('id').where('listing_id', '=', listing.id).where('status', '=', 'accepted').execute();
    expect(accepted.length).toBeLessThanOrEqual(1);
    const pending = await app.ctx.db.selectFrom('offers').select('id').where('listing_id', '=', listing.id).where('status', '=', 'pending').execute();
    // An accept supersedes the rest; a direct purchase leaves them pending (the listing may come back).
    expect(accepted.length === 1 ? pending.length : 0).toBe(0);
  });

  test('accept and withdraw of the same offer at once: exactly one wins', async () => {
    for (let i = 0; i < 5; i++) {
      const { seller, buyer, listing } = await parties();
      const o = (await offer(buyer, listing.id, 10_000)).body;
      const [accept, withdraw] = await Promise.all([act(seller, o.id, 'accept'), act(buyer, o.id, 'withdraw')]);
      expect([accept.status, withdraw.status].sort()).toEqual([200, 409]);
      const final = (await request('GET', `/v1/offers/${o.id}`, { token: buyer.token })).body;
      expect(final.status).toBe(accept.status === 200 ? 'accepted' : 'withdrawn');
      const orders = await app.ctx.db.selectFrom('orders').select('id').where('listing_id', '=', listing.id).execute();
      expect(orders).toHaveLength(accept.status === 200 ? 1 : 0);
    }
  });
});

describe('account deletion', () => {
  const deleteAccount = async (user: TestUser) => {
    expect((await request('POST', '/v1/auth/step-up', { token: user.token, body: { password: 'correct horse battery' } })).status).toBe(204);
    expect((await request('DELETE', '/v1/me', { token: user.token })).status).toBe(204);
  };

  test('a deleted buyer’s open offers are withdrawn, a deleted seller’s are superseded; the records stay', async () => {
    const { seller, buyer, listing } = await parties();
    const leaving = await registerUser(request);
    const withdrawn = (await offer(leaving, listing.id, 10_000)).body;
    await deleteAccount(leaving);
    expect((await request('GET', `/v1/offers/${withdrawn.id}`, { token: seller.token })).body).toMatchObject({
      status: 'withdrawn',
      history: [{ action: 'made' }, { action: 'withdrawn' }],
    });
    expect(await notificationTypes(seller)).toContain('offer.withdrawn');

    const open = (await offer(buyer, listing.id, 10_000)).body;
    await deleteAccount(seller);
    expect((await request('GET', `/v1/offers/${open.id}`, { token: buyer.token })).body.status).toBe('superseded');
    expect(await notificationTypes(buyer)).toContain('offer.declined');
  });
});
