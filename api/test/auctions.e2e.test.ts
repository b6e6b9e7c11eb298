import { randomUUID } from 'node:crypto';
import {
  type Request,
  type TestApp,
  type TestUser,
  HOUR,
  MINUTE,
  client,
  expectProblem,
  makeListing,
  makeStaff,
  manualClock,
  orderAt,
  registerUser,
  startTestApp,
  SHIP_TO,
} from '../../test/harness';
import { connectRealtime } from '../../test/realtime-client';
import { runDueJobs } from '../src/jobs';
import { runAuctionJobs } from '../src/modules/marketplace/auctions';

// Live auctions end to end, on a clock the test moves: creation, proxy bidding, the hidden reserve,
// anti-sniping, the live room over real sockets, the close (winner's order, reserve not met), the
// second chance after non-payment, shill-bidding cases, and every refusal.

const time = manualClock('2026-12-01T10:00:00Z');
let app: TestApp;
let request: Request;

beforeAll(async () => {
  app = await startTestApp({ clock: time.clock });
  request = client(app.url);
});
afterAll(() => app.close());

const eur = (amount: number) => ({ amount, currency: 'EUR' });

async function auctionFor(seller: TestUser, body: Record<string, unknown> = {}) {
  const listing = await makeListing(request, seller);
  const res = await request('POST', `/v1/listings/${listing.id}/auction`, { token: seller.token, body: { start_price: eur(1_000), duration_hours: 24, ...body } });
  if (res.status !== 201) throw new Error(`auction failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { listingId: listing.id as string, id: res.body.id as string, body: res.body };
}

const bid = (user: TestUser, auctionId: string, amount: number, currency = 'EUR') =>
  request('POST', `/v1/auctions/${auctionId}/bids`, { token: user.token, body: { max_amount: { amount, currency } } });

async function notificationsOf(user: TestUser): Promise<{ type: string; data: Record<string, any> }[]> {
  return (await request('GET', '/v1/me/notifications?limit=100', { token: user.token })).body.data;
}

/** Moves the clock past the auction's end and runs the worker's auction job. */
async function endAuction(id: string) {
  const { ends_at } = (await request('GET', `/v1/auctions/${id}`)).body;
  time.advance(Math.max(0, Date.parse(ends_at) - time.nowMs()) + 1_000);
  await runAuctionJobs(app.ctx);
}

test('a seller auctions an active listing: the reserve is theirs alone, and the listing can no longer be bought, edited or withdrawn', async () => {
  const seller = await registerUser(request);
  const stranger = await registerUser(request);
  const { id, listingId, body } = await auctionFor(seller, { reserve_price: eur(5_000), duration_hours: 48 });
  expect(body).toMatchObject({
    status: 'live',
    start_price: eur(1_000),
    current_price: null,
    minimum_bid: eur(1_000),
    bid_count: 0,
    leader_label: null,
    has_reserve: true,
    reserve_met: false,
    reserve_price: eur(5_000),
    ends_at: new Date(time.nowMs() + 48 * HOUR).toISOString(),
  });
  for (const token of [stranger.token, undefined]) {
    const seen = await request('GET', `/v1/auctions/${id}`, { token });
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ has_reserve: true, reserve_met: false });
    expect(seen.body).not.toHaveProperty('reserve_price');
    expect(JSON.stringify(seen.body)).not.toContain('5000');
  }
  expect((await request('GET', `/v1/listings/${listingId}`)).body.sale_format).toBe('auction');
  const buy = await request('POST', '/v1/orders', { token: stranger.token, body: { listing_id: listingId } });
  expectProblem(buy, 409);
  expect(buy.body.code).toBe('listing_in_auction');
  expect((await request('GET', `/v1/listings/${listingId}`)).body.status).toBe('active');
  expect((await request('PATCH', `/v1/listings/${listingId}`, { token: seller.token, body: { title: 'Cheaper camera' } })).body.code).toBe('listing_in_auction');
  expect((await request('POST', `/v1/listings/${listingId}/withdraw`, { token: seller.token })).body.code).toBe('listing_in_auction');
  const again = await request('POST', `/v1/listings/${listingId}/auction`, { token: seller.token, body: { start_price: eur(1_000), duration_hours: 1 } });
  expectProblem(again, 409);
  expect(again.body.code).toBe('auction_exists');
});

test('creating an auction refuses bad input with the field named, others’ listings as unknown, drafts as not active', async () => {
  const seller = await registerUser(request);
  const other = await registerUser(request);
  const listing = await makeListing(request, seller);
  const create = (body: unknown, token = seller.token, listingId = listing.id) => request('POST', `/v1/listings/${listingId}/auction`, { token, body });
  expectProblem(await create({ start_price: eur(1_000) }), 400, 'duration_hours');
  expectProblem(await create({ start_price: eur(1_000), duration_hours: 2, ends_at: new Date(time.nowMs() + 2 * HOUR).toISOString() }), 400, 'duration_hours');
  expectProblem(await create({ start_price: eur(1_000), duration_hours: 241 }), 400, 'duration_hours');
  expectProblem(await create({ start_price: eur(1_000), duration_hours: 0 }), 400, 'duration_hours');
  expectProblem(await create({ start_price: eur(-5), duration_hours: 2 }), 400, 'start_price.amount');
  expectProblem(await create({ start_price: eur(1_000), reserve_price: eur(500), duration_hours: 2 }), 400, 'reserve_price.amount');
  expectProblem(await create({ start_price: { amount: 1_000, currency: 'USD' }, duration_hours: 2 }), 422, 'start_price.currency');
  expectProblem(await create({ start_price: eur(1_000), reserve_price: { amount: 5_000, currency: 'GBP' }, duration_hours: 2 }), 422, 'reserve_price.currency');
  expectProblem(await create({ start_price: eur(1_000), ends_at: new Date(time.nowMs() + 30 * MINUTE).toISOString() }), 422, 'ends_at');
  expectProblem(await create({ start_price: eur(1_000), duration_hours: 2, starts_at: new Date(time.nowMs() - HOUR).toISOString() }), 422, 'starts_at');
  expectProblem(await create({ start_price: eur(1_000), duration_hours: 2, starts_at: 'tomorrow' }), 400, 'starts_at');
  expectProblem(await create({ start_price: eur(1_000), duration_hours: 2 }, other.token), 404);
  expectProblem(await create({ start_price: eur(1_000), duration_hours: 2 }, seller.token, randomUUID()), 404);
  const draft = await makeListing(request, seller, { draft: true });
  const refused = await create({ start_price: eur(1_000), duration_hours: 2 }, seller.token, draft.id);
  expectProblem(refused, 409);
  expect(refused.body.code).toBe('listing_not_active');
  expect((await request('POST', `/v1/listings/${listing.id}/auction`, { body: { start_price: eur(1_000), duration_hours: 2 } })).status).toBe(401);
});

test('proxy bidding: maximums stay secret, the price is the second-highest maximum plus one increment, a leader may raise', async () => {
  const seller = await registerUser(request);
  const [alice, bob, carol] = [await registerUser(request), await registerUser(request), await registerUser(request)];
  const { id } = await auctionFor(seller);

  const first = await bid(alice, id, 5_000);
  expect(first.status).toBe(201);
  expect(first.body).toMatchObject({ leading: true, auction: { current_price: eur(1_000), leader_label: 'Bidder 1', you_are_leading: true, your_max: eur(5_000), bid_count: 1 } });

  // Bob's 20.00 is answered by Alice's proxy: 20.00 + 0.50.
  const second = await bid(bob, id, 2_000);
  expect(second.body).toMatchObject({ leading: false, auction: { current_price: eur(2_050), leader_label: 'Bidder 1', you_are_leading: false, minimum_bid: eur(2_100) } });

  const low = await bid(bob, id, 2_099);
  expectProblem(low, 422, 'max_amount.amount');
  expect(low.body.code).toBe('bid_too_low');
  expect(low.body.detail).toContain('2100');

  // Carol outbids Alice's maximum: one increment above it.
  const third = await bid(carol, id, 8_000);
  expect(third.body).toMatchObject({ leading: true, auction: { current_price: eur(5_100), leader_label: 'Bidder 3' } });
  const outbid = (await notificationsOf(alice)).find((n) => n.type === 'auction.outbid');
  expect(outbid?.data).toMatchObject({ auction_id: id, price: eur(5_100) });

  // The leader raises their maximum: the price does not move; not to their own maximum.
  expectProblem(await bid(carol, id, 8_000), 422, 'max_amount.amount');
  expect((await bid(carol, id, 9_000)).body).toMatchObject({ leading: true, auction: { current_price: eur(5_100), your_max: eur(9_000) } });

  // A tie with the leader's maximum: the earlier bid keeps the lead, at that maximum.
  expect((await bid(bob, id, 9_000)).body).toMatchObject({ leading: false, auction: { current_price: eur(9_000), leader_label: 'Bidder 3' } });

  const history = await request('GET', `/v1/auctions/${id}/bids?limit=3`, { token: bob.token });
  expect(history.body.data.map((b: any) => [b.seq, b.bidder_label, b.price.amount, b.yours])).toEqual([
    [5, 'Bidder 2', 9_000, true],
    [4, 'Bidder 3', 5_100, false],
    [3, 'Bidder 3', 5_100, false],
  ]);
  const rest = await request('GET', `/v1/auctions/${id}/bids?limit=3&cursor=${history.body.next_cursor}`);
  expect(rest.body).toMatchObject({
    data: [
      { seq: 2, bidder_label: 'Bidder 2' },
      { seq: 1, bidder_label: 'Bidder 1' },
    ],
    next_cursor: null,
  });
  const everything = JSON.stringify([history.body, rest.body, (await request('GET', `/v1/auctions/${id}`)).body]);
  for (const secret of [alice.id, bob.id, carol.id, '8000', '"amount":9000,"currency":"EUR"},"bid_count']) expect(everything).not.toContain(secret);

  const mine = await request('GET', '/v1/me/bids', { token: bob.token });
  expect(mine.body.data).toEqual([expect.objectContaining({ my_bids: 2, auction: expect.objectContaining({ id, your_max: eur(9_000), you_are_leading: false }) })]);
  expect((await request('GET', '/v1/me/bids', { token: seller.token })).body.data).toEqual([]);
});

test('bids are refused: own auction, another currency, unknown auction, blocked by the seller, malformed, signed out', async () => {
  const seller = await registerUser(request);
  const bidder = await registerUser(request);
  const blocked = await registerUser(request);
  const { id } = await auctionFor(seller);
  const own = await bid(seller, id, 2_000);
  expectProblem(own, 422, 'max_amount');
  expect(own.body.code).toBe('own_auction');
  const currency = await bid(bidder, id, 2_000, 'USD');
  expectProblem(currency, 422, 'max_amount.currency');
  expect(currency.body.code).toBe('currency_mismatch');
  expectProblem(await bid(bidder, randomUUID(), 2_000), 404);
  expectProblem(await request('GET', `/v1/auctions/${randomUUID()}`), 404);
  expectProblem(await request('GET', `/v1/auctions/${randomUUID()}/bids`), 404);
  expectProblem(await request('GET', '/v1/auctions/not-a-uuid'), 400, 'params.id');
  expectProblem(await request('GET', `/v1/auctions/${id}/bids?cursor=abc`), 400, 'query.cursor');
  expect((await request('POST', '/v1/me/blocks', { token: seller.token, body: { user_id: blocked.id } })).status).toBe(201);
  const refused = await bid(blocked, id, 2_000);
  expectProblem(refused, 403);
  expect(refused.body.code).toBe('blocked');
  expectProblem(await request('POST', `/v1/auctions/${id}/bids`, { token: bidder.token, body: { max_amount: { amount: 2.5, currency: 'EUR' } } }), 400, 'max_amount.amount');
  expectProblem(await request('POST', `/v1/auctions/${id}/bids`, { token: bidder.token, body: { max: 2_000 } }), 400);
  expect((await request('POST', `/v1/auctions/${id}/bids`, { body: { max_amount: eur(2_000) } })).status).toBe(401);
  expect((await request('GET', `/v1/auctions/${id}`)).body.bid_count).toBe(0);
});

test('a scheduled auction takes bids from its start, not before', async () => {
  const seller = await registerUser(request);
  const alice = await registerUser(request);
  const { id, body } = await auctionFor(seller, { starts_at: new Date(time.nowMs() + HOUR).toISOString(), duration_hours: 2 });
  expect(body).toMatchObject({ status: 'live', starts_at: new Date(time.nowMs() + HOUR).toISOString(), ends_at: new Date(time.nowMs() + 3 * HOUR).toISOString() });
  const early = await bid(alice, id, 2_000);
  expectProblem(early, 409);
  expect(early.body.code).toBe('auction_not_started');
  time.advance(HOUR);
  expect((await bid(alice, id, 2_000)).status).toBe(201);
});

test('the reserve: met once a maximum reaches it (the price jumps to it), its amount never shown to bidders', async () => {
  const seller = await registerUser(request);
  const [alice, bob] = [await registerUser(request), await registerUser(request)];
  const { id } = await auctionFor(seller, { reserve_price: eur(4_000) });
  expect((await bid(alice, id, 3_000)).body.auction).toMatchObject({ current_price: eur(1_000), reserve_met: false });
  const met = await bid(bob, id, 6_000);
  expect(met.body.auction).toMatchObject({ current_price: eur(4_000), reserve_met: true, leader_label: 'Bidder 2' });
  expect(met.body.auction).not.toHaveProperty('reserve_price');
  expect((await request('GET', `/v1/auctions/${id}`, { token: seller.token })).body).toMatchObject({ reserve_price: eur(4_000), reserve_met: true });
});

test('watchers of the auction’s room get each bid live, with no personal data; an unknown auction cannot be watched', async () => {
  const seller = await registerUser(request);
  const [alice, bob, watcher] = [await registerUser(request), await registerUser(request), await registerUser(request)];
  const { id } = await auctionFor(seller);
  const sockets = await Promise.all([watcher, seller].map((u) => connectRealtime(app.url, { token: u.token })));
  for (const s of sockets) {
    s.send({ type: 'subscribe', topic: `auction:${id}`, ref: 'watch' });
    expect(await s.next((f) => f.type === 'subscribed')).toMatchObject({ topic: `auction:${id}` });
  }
  await bid(alice, id, 3_000);
  await bid(bob, id, 2_000);
  for (const s of sockets) {
    const one = await s.next((f) => f.type === 'topic');
    const two = await s.next((f) => f.type === 'topic');
    expect(one).toMatchObject({ topic: `auction:${id}`, event: { type: 'auction.bid', data: { auction_id: id, price: eur(1_000), bid_count: 1, leader_label: 'Bidder 1' } } });
    expect(two.event.data).toMatchObject({ price: eur(2_050), bid_count: 2, leader_label: 'Bidder 1', extended: false });
    expect(JSON.stringify([one, two])).not.toMatch(new RegExp(`${alice.id}|${bob.id}|3000`));
  }
  sockets[0]!.send({ type: 'subscribe', topic: `auction:${randomUUID()}`, ref: 'nope' });
  expect(await sockets[0]!.next((f) => f.type === 'error')).toMatchObject({ code: 'topic_not_found', ref: 'nope' });
  sockets.forEach((s) => s.close());
});

test('anti-sniping: a bid in the last two minutes pushes the end back two minutes; earlier bids do not', async () => {
  const seller = await registerUser(request);
  const [alice, bob] = [await registerUser(request), await registerUser(request)];
  const { id, body } = await auctionFor(seller, { duration_hours: 1 });
  const end = Date.parse(body.ends_at);
  time.advance(50 * MINUTE);
  expect((await bid(alice, id, 2_000)).body.auction.ends_at).toBe(new Date(end).toISOString());
  const watcher = await connectRealtime(app.url, { token: alice.token });
  watcher.send({ type: 'subscribe', topic: `auction:${id}` });
  await watcher.next((f) => f.type === 'subscribed');
  time.advance(9 * MINUTE + 30_000);
  const late = await bid(bob, id, 3_000);
  expect(late.body.auction.ends_at).toBe(new Date(end + 2 * MINUTE).toISOString());
  expect((await watcher.next((f) => f.type === 'topic')).event.data).toMatchObject({ extended: true, ends_at: new Date(end + 2 * MINUTE).toISOString() });
  // Past the original end, still open: the job leaves it alone.
  time.advance(MINUTE);
  await runAuctionJobs(app.ctx);
  expect((await request('GET', `/v1/auctions/${id}`)).body.status).toBe('live');
  expect((await bid(alice, id, 4_000)).body.auction.ends_at).toBe(new Date(end + 4 * MINUTE).toISOString());
  const extended = await app.ctx.db.selectFrom('outbox').select('payload').where('event_type', '=', 'auction.extended').where('aggregate_id', '=', id).execute();
  expect(extended).toHaveLength(2);
  watcher.close();
});

test('the end: the winner gets an order at the winning price with days to pay; losers and the seller are told; paying sells it', async () => {
  const seller = await registerUser(request);
  const [alice, bob] = [await registerUser(request), await registerUser(request)];
  const { id, listingId } = await auctionFor(seller, { reserve_price: eur(2_000) });
  await bid(alice, id, 3_000);
  await bid(bob, id, 2_500);
  await endAuction(id);
  const won = await request('GET', `/v1/auctions/${id}`, { token: bob.token });
  expect(won.body).toMatchObject({ status: 'awaiting_payment', current_price: eur(2_600) });
  expect(won.body).not.toHaveProperty('order_id');
  const winnerView = (await request('GET', `/v1/auctions/${id}`, { token: alice.token })).body;
  expect(winnerView.order_id).toEqual(expect.any(String));
  expect((await request('GET', `/v1/auctions/${id}`, { token: seller.token })).body.order_id).toBe(winnerView.order_id);
  const order = await request('GET', `/v1/orders/${winnerView.order_id}`, { token: alice.token });
  expect(order.body).toMatchObject({ listing_id: listingId, status: 'initiated', amount: eur(2_600) });
  // The payment deadline is AUCTION_PAYMENT_HOURS (48), not the checkout's 15 minutes.
  const expire = await app.ctx.db.selectFrom('scheduled_jobs').select('due_at').where('order_id', '=', winnerView.order_id).where('kind', '=', 'expire').executeTakeFirstOrThrow();
  expect(expire.due_at.getTime()).toBe(time.nowMs() + 48 * HOUR);
  expect((await notificationsOf(alice)).find((n) => n.type === 'auction.won')?.data).toMatchObject({ auction_id: id, order_id: winnerView.order_id, price: eur(2_600) });
  expect((await notificationsOf(bob)).find((n) => n.type === 'auction.lost')?.data).toMatchObject({ auction_id: id, outcome: 'sold' });
  expect((await notificationsOf(seller)).find((n) => n.type === 'auction.ended')?.data).toMatchObject({ auction_id: id, outcome: 'sold', price: eur(2_600) });
  expectProblem(await bid(bob, id, 9_000), 409);
  expect((await bid(bob, id, 9_000)).body.code).toBe('auction_ended');

  expect((await request('POST', `/v1/orders/${winnerView.order_id}/pay`, { token: alice.token, body: { payment_method: 'pm_card_visa', shipping_address: SHIP_TO } })).status).toBe(
    200,
  );
  await runAuctionJobs(app.ctx);
  expect((await request('GET', `/v1/auctions/${id}`)).body).toMatchObject({ status: 'sold', outcome: 'sold' });
  expect((await request('GET', `/v1/listings/${listingId}`, { token: seller.token })).body).toMatchObject({ status: 'reserved', sale_format: 'fixed' });
});

test('reserve not met, or no bids: no sale, the listing back on the market at its fixed price', async () => {
  const seller = await registerUser(request);
  const alice = await registerUser(request);
  const reserved = await auctionFor(seller, { reserve_price: eur(9_000) });
  const empty = await auctionFor(seller);
  await bid(alice, reserved.id, 5_000);
  await endAuction(reserved.id);
  await runAuctionJobs(app.ctx);
  expect((await request('GET', `/v1/auctions/${reserved.id}`)).body).toMatchObject({ status: 'unsold', outcome: 'reserve_not_met', reserve_met: false });
  expect((await request('GET', `/v1/auctions/${empty.id}`)).body).toMatchObject({ status: 'unsold', outcome: 'no_bids' });
  for (const listingId of [reserved.listingId, empty.listingId])
    expect((await request('GET', `/v1/listings/${listingId}`)).body).toMatchObject({ status: 'active', sale_format: 'fixed' });
  expect((await notificationsOf(alice)).find((n) => n.type === 'auction.lost')?.data).toMatchObject({ auction_id: reserved.id, outcome: 'reserve_not_met' });
  expect((await notificationsOf(seller)).filter((n) => n.type === 'auction.ended').map((n) => n.data.outcome)).toEqual(expect.arrayContaining(['reserve_not_met', 'no_bids']));
  expect((await request('POST', '/v1/orders', { token: alice.token, body: { listing_id: reserved.listingId } })).status).toBe(201);
});

test('a winner who does not pay loses it: the runner-up gets a second-chance order; if they do not pay either, it ends unsold', async () => {
  const seller = await registerUser(request);
  const [alice, bob, carol] = [await registerUser(request), await registerUser(request), await registerUser(request)];
  const { id, listingId } = await auctionFor(seller);
  await bid(alice, id, 9_000);
  await bid(carol, id, 3_000);
  await bid(bob, id, 6_000);
  await endAuction(id);
  const firstOrder = (await request('GET', `/v1/auctions/${id}`, { token: alice.token })).body.order_id;
  expect((await request('GET', `/v1/orders/${firstOrder}`, { token: alice.token })).body.amount).toEqual(eur(6_100));

  time.advance(48 * HOUR + MINUTE);
  await runDueJobs(app.ctx);
  expect((await request('GET', `/v1/orders/${firstOrder}`, { token: alice.token })).body.status).toBe('cancelled');
  await runAuctionJobs(app.ctx);
  // Without Alice, Bob leads at Carol's maximum + one increment.
  const second = (await request('GET', `/v1/auctions/${id}`, { token: bob.token })).body;
  expect(second.status).toBe('awaiting_payment');
  expect((await request('GET', `/v1/orders/${second.order_id}`, { token: bob.token })).body).toMatchObject({ status: 'initiated', amount: eur(3_100), listing_id: listingId });
  expect((await notificationsOf(bob)).find((n) => n.type === 'auction.second_chance')?.data).toMatchObject({ auction_id: id, order_id: second.order_id, price: eur(3_100) });
  expect((await request('GET', `/v1/auctions/${id}`, { token: alice.token })).body).not.toHaveProperty('order_id');

  time.advance(48 * HOUR + MINUTE);
  await runDueJobs(app.ctx);
  await runAuctionJobs(app.ctx);
  expect((await request('GET', `/v1/auctions/${id}`)).body).toMatchObject({ status: 'unsold', outcome: 'unpaid' });
  expect((await request('GET', `/v1/listings/${listingId}`)).body).toMatchObject({ status: 'active', sale_format: 'fixed' });
  expect((await notificationsOf(seller)).filter((n) => n.type === 'auction.ended').map((n) => n.data.outcome)).toEqual(expect.arrayContaining(['sold', 'unpaid']));
  const events = await app.ctx.db.selectFrom('outbox').select('event_type').where('aggregate_id', '=', id).orderBy('id').execute();
  expect(events.map((e) => e.event_type)).toEqual([
    'auction.created',
    'auction.bid_placed',
    'auction.bid_placed',
    'auction.bid_placed',
    'auction.ended',
    'auction.second_chance',
    'auction.ended',
  ]);
});

test('an account leading a live auction, or selling one with bids, cannot be deleted until it ends', async () => {
  const seller = await registerUser(request);
  const alice = await registerUser(request);
  const { id } = await auctionFor(seller);
  await bid(alice, id, 2_000);
  for (const user of [alice, seller]) {
    expect((await request('POST', '/v1/auth/step-up', { token: user.token, body: { password: 'correct horse battery' } })).status).toBe(204);
    const res = await request('DELETE', '/v1/me', { token: user.token });
    expectProblem(res, 409, 'live_auctions');
    expect(res.body.errors.find((e: { field: string }) => e.field === 'live_auctions').message).toContain(id);
  }
  expect((await request('GET', `/v1/auctions/${id}`)).body).toMatchObject({ status: 'live', bid_count: 1 });
});

test('the bid history is append-only in the database', async () => {
  const seller = await registerUser(request);
  const alice = await registerUser(request);
  const { id } = await auctionFor(seller);
  await bid(alice, id, 2_000);
  await expect(app.ctx.db.updateTable('bids').set({ max_amount: 1 }).where('auction_id', '=', id).execute()).rejects.toThrow(/append-only/);
  await expect(app.ctx.db.deleteFrom('bids').where('auction_id', '=', id).execute()).rejects.toThrow(/append-only/);
});

describe('shill bidding opens a fraud case, once per seller and bidder', () => {
  let moderator: TestUser;
  beforeAll(async () => {
    moderator = await makeStaff(app, ['moderator']);
  });
  const streamCases = async (detector: string, subject: string) =>
    ((await request('GET', '/v1/admin/fraud-cases?source=stream&limit=100', { token: moderator.token })).body.data as any[]).filter(
      (c) => c.detector === detector && c.subject_user_id === subject,
    );

  test('a bidder sharing a device with the seller', async () => {
    const device = `device-${randomUUID()}`;
    const seller = await registerUser(request, { deviceId: device });
    const shill = await registerUser(request, { deviceId: device });
    const honest = await registerUser(request);
    const { id } = await auctionFor(seller);
    await bid(honest, id, 2_000);
    await bid(shill, id, 3_000);
    await bid(shill, id, 4_000);
    const cases = await streamCases('auction_shill_linked', shill.id);
    expect(cases).toHaveLength(1);
    expect(cases[0].reason).toContain('shares a device');
    expect(await streamCases('auction_shill_linked', honest.id)).toEqual([]);
    const detail = await request('GET', `/v1/admin/fraud-cases/${cases[0].id}`, { token: moderator.token });
    expect(detail.body).toMatchObject({
      detector: 'auction_shill_linked',
      evidence: {
        accounts: [
          { user_id: shill.id, role: 'bidder' },
          { user_id: seller.id, role: 'seller' },
        ],
      },
    });
  });

  test('a bidder who traded with the seller AUCTION_SHILL_PAIR_ORDERS (3) times', async () => {
    const seller = await registerUser(request);
    const partner = await registerUser(request);
    for (let i = 0; i < 2; i++) await orderAt(request, 'paid', { seller, buyer: partner });
    const first = await auctionFor(seller);
    await bid(partner, first.id, 2_000);
    expect(await streamCases('auction_shill_linked', partner.id)).toEqual([]);
    await orderAt(request, 'paid', { seller: partner, buyer: seller });
    await bid(partner, first.id, 3_000);
    const [opened] = await streamCases('auction_shill_linked', partner.id);
    expect(opened).toMatchObject({ risk_score: 65, reason: expect.stringContaining('3 orders between them') });
  });

  test('a bidder who only ever pushes the leader up to their maximum on one seller’s auctions', async () => {
    const seller = await registerUser(request);
    const [leader, pusher] = [await registerUser(request), await registerUser(request)];
    for (let i = 0; i < 4; i++) {
      const { id } = await auctionFor(seller);
      await bid(leader, id, 10_000);
      // 99.00 + 1.00 reaches the leader's 100.00: the price rises to their maximum, the lead never changes.
      expect((await bid(pusher, id, 9_900)).body).toMatchObject({ leading: false, auction: { current_price: eur(10_000) } });
      expect(await streamCases('auction_shill_pattern', pusher.id)).toHaveLength(i < 3 ? 0 : 1);
    }
    expect(await streamCases('auction_shill_pattern', leader.id)).toEqual([]);
  });
});
