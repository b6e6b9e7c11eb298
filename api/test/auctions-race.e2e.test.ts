import { type TestApp, type TestUser, client, makeListing, registerUser, startTestApp } from '../../test/harness';
import { placeProxyBid, NO_BIDS, type BiddingState } from '../src/modules/marketplace/auctions/proxy-bidding';

// 200 bids from 20 users at once over HTTP on one auction. The auction's row lock serialises them:
// afterwards there is one leader, the stored price is what replaying the accepted bids in order gives,
// every accepted bid respected the minimum at its turn, and the history is numbered without gaps.

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

test('200 concurrent bids leave one consistent leader and a gap-free history that replays to the price', async () => {
  const request = client(app.url);
  const seller = await registerUser(request);
  const bidders: TestUser[] = await Promise.all(Array.from({ length: 20 }, () => registerUser(request)));
  const listing = await makeListing(request, seller);
  const auction = (
    await request('POST', `/v1/listings/${listing.id}/auction`, { token: seller.token, body: { start_price: { amount: 1_000, currency: 'EUR' }, duration_hours: 24 } })
  ).body;

  // Deterministic maximums, rising overall with some scatter: each user bids ten times, interleaved with the others.
  const bids = Array.from({ length: 200 }, (_, i) => ({ user: bidders[i % 20]!, amount: 1_000 + i * 300 + ((i * 7_919) % 2_000) }));
  const responses = await Promise.all(
    bids.map((b) => request('POST', `/v1/auctions/${auction.id}/bids`, { token: b.user.token, body: { max_amount: { amount: b.amount, currency: 'EUR' } } })),
  );

  const statuses = responses.map((r) => (r.status === 201 ? 'accepted' : `${r.status} ${r.body.code}`));
  expect(new Set(statuses)).toEqual(new Set(['accepted', '422 bid_too_low']));
  const accepted = statuses.filter((s) => s === 'accepted').length;
  expect(accepted).toBeGreaterThan(10);

  const history = await app.ctx.db.selectFrom('bids').selectAll().where('auction_id', '=', auction.id).orderBy('seq').execute();
  expect(history.map((b) => b.seq)).toEqual(Array.from({ length: accepted }, (_, i) => i + 1));

  // Replaying in order: every bid was acceptable at its turn (its maximum at least the minimum then), and each row's state is the replay's.
  let state: BiddingState = NO_BIDS;
  const terms = { currency: 'EUR', startPrice: 1_000, reservePrice: null };
  for (const b of history) {
    const result = placeProxyBid(terms, state, b.bidder_id, Number(b.max_amount));
    if (!result.ok) throw new Error(`bid ${b.seq} broke the increment rule: ${b.max_amount} < ${result.minimum}`);
    state = result.state;
    expect([b.leader_after, Number(b.price_after), Number(b.leader_max_after)]).toEqual([state.leaderId, state.price, state.leaderMax]);
  }
  const stored = await app.ctx.db.selectFrom('auctions').selectAll().where('id', '=', auction.id).executeTakeFirstOrThrow();
  expect([stored.leader_id, Number(stored.price), Number(stored.leader_max), stored.bid_count]).toEqual([state.leaderId, state.price, state.leaderMax, accepted]);

  const view = (await request('GET', `/v1/auctions/${auction.id}`)).body;
  const leaderNo = history.find((b) => b.bidder_id === state.leaderId)!.bidder_no;
  expect(view).toMatchObject({ current_price: { amount: state.price, currency: 'EUR' }, bid_count: accepted, leader_label: `Bidder ${leaderNo}` });
  const leaders = await Promise.all(bidders.map(async (u) => (await request('GET', `/v1/auctions/${auction.id}`, { token: u.token })).body.you_are_leading));
  expect(leaders.filter(Boolean)).toHaveLength(1);
}, 120_000);
