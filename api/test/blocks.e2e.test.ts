import { type Request, type TestApp, type TestUser, client, expectProblem, makeListing, orderAt, registerUser, startTestApp, SHIP_TO } from '../../test/harness';

let app: TestApp;
let request: Request;

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
});
afterAll(() => app.close());

const block = (user: TestUser, userId: string) => request('POST', '/v1/me/blocks', { token: user.token, body: { user_id: userId } });
const unblock = (user: TestUser, userId: string) => request('DELETE', `/v1/me/blocks/${userId}`, { token: user.token });
const say = (user: TestUser, orderId: string) => request('POST', `/v1/orders/${orderId}/messages`, { token: user.token, body: { body: 'Hello there' } });
const buy = (user: TestUser, listingId: string) => request('POST', '/v1/orders', { token: user.token, body: { listing_id: listingId } });
const searchIds = async (user?: TestUser, q = '') =>
  ((await request('GET', `/v1/listings?limit=100${q}`, user ? { token: user.token } : {})).body.data as { id: string }[]).map((l) => l.id);
const BY_BUYER = { rating: 2, item_as_described: 2, communication: 2, shipping: 2, text: 'Slow and grumpy' };

const expectBlocked = (res: Parameters<typeof expectProblem>[0]) => {
  expectProblem(res, 403);
  expect(res.body.code).toBe('blocked');
};

describe('managing blocks', () => {
  test('block, list with display names, block again harmlessly, unblock; refusals', async () => {
    const [me, pest, other] = [await registerUser(request), await registerUser(request, { display_name: 'Pest' }), await registerUser(request, { display_name: 'Other' })];
    const first = await block(me, pest.id);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ user_id: pest.id, display_name: 'Pest', created_at: expect.any(String) });
    const again = await block(me, pest.id);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect((await block(me, other.id)).status).toBe(201);

    const page1 = await request('GET', '/v1/me/blocks?limit=1', { token: me.token });
    const page2 = await request('GET', `/v1/me/blocks?limit=1&cursor=${page1.body.next_cursor}`, { token: me.token });
    expect([...page1.body.data, ...page2.body.data].map((b: { display_name: string }) => b.display_name).sort()).toEqual(['Other', 'Pest']);
    expect(page2.body.next_cursor).toBeNull();
    // Blocks are one's own: the blocked user's list is empty.
    expect((await request('GET', '/v1/me/blocks', { token: pest.token })).body.data).toEqual([]);

    const self = await block(me, me.id);
    expectProblem(self, 422, 'user_id');
    expect(self.body.code).toBe('cannot_block_self');
    expectProblem(await block(me, '7f0c5a52-1c5a-4cb4-9d5f-0b5ec9d1b8a1'), 404);
    expectProblem(await block(me, 'nobody'), 400, 'user_id');
    expectProblem(await request('POST', '/v1/me/blocks', { body: { user_id: pest.id } }), 401);

    expect((await unblock(me, pest.id)).status).toBe(204);
    expectProblem(await unblock(me, pest.id), 404);
    expect((await request('GET', '/v1/me/blocks', { token: me.token })).body.data.map((b: { user_id: string }) => b.user_id)).toEqual([other.id]);
  });
});

describe('what a block stops', () => {
  test('the blocked user does not see the blocker’s listings (search, by id, their page); others and the anonymous still do; unblocking restores', async () => {
    const [seller, blocked, bystander] = [await registerUser(request), await registerUser(request), await registerUser(request)];
    const listing = await makeListing(request, seller, { title: 'Blocked-test lamp' });
    const mine = await makeListing(request, blocked, { title: 'Blocked-test chair' });
    expect(await searchIds(blocked)).toContain(listing.id);

    expect((await block(seller, blocked.id)).status).toBe(201);
    expect(await searchIds(blocked)).not.toContain(listing.id);
    expect(await searchIds(blocked, '&q=lamp')).not.toContain(listing.id);
    expectProblem(await request('GET', `/v1/listings/${listing.id}`, { token: blocked.token }), 404);
    expect((await request('GET', `/v1/users/${seller.id}/listings`, { token: blocked.token })).body.data).toEqual([]);
    // Everyone else, signed in or not (a stale token counts as not), sees it as before.
    expect(await searchIds(bystander)).toContain(listing.id);
    expect(await searchIds()).toContain(listing.id);
    expect((await request('GET', `/v1/listings/${listing.id}`)).status).toBe(200);
    expect((await request('GET', `/v1/listings/${listing.id}`, { token: 'x'.repeat(40) })).status).toBe(200);
    // The blocker's own view of the blocked user's listings is not filtered (the block is theirs to keep).
    expect(await searchIds(seller)).toContain(mine.id);

    expect((await unblock(seller, blocked.id)).status).toBe(204);
    expect(await searchIds(blocked)).toContain(listing.id);
    expect((await request('GET', `/v1/listings/${listing.id}`, { token: blocked.token })).status).toBe(200);
  });

  test('neither can order from the other, whoever blocked; the reservation is not kept; unblocking restores', async () => {
    const [seller, buyer] = [await registerUser(request), await registerUser(request)];
    const listing = await makeListing(request, seller);
    expect((await block(buyer, seller.id)).status).toBe(201);
    expectBlocked(await buy(buyer, listing.id));
    expect((await request('GET', `/v1/listings/${listing.id}`)).body.status).toBe('active');
    await unblock(buyer, seller.id);
    expect((await block(seller, buyer.id)).status).toBe(201);
    expectBlocked(await buy(buyer, listing.id));
    await unblock(seller, buyer.id);
    expect((await buy(buyer, listing.id)).status).toBe(201);
  });

  test('messages on an order thread are refused both ways while a block stands', async () => {
    const order = await orderAt(request, 'paid');
    expect((await say(order.buyer, order.id)).status).toBe(201);
    await block(order.seller, order.buyer.id);
    expectBlocked(await say(order.buyer, order.id));
    expectBlocked(await say(order.seller, order.id));
    await unblock(order.seller, order.buyer.id);
    expect((await say(order.buyer, order.id)).status).toBe(201);
    // Refused messages were not stored.
    expect((await request('GET', `/v1/orders/${order.id}/messages`, { token: order.seller.token })).body.data).toHaveLength(2);
  });

  test('no review of the blocker (nor by them); unblocking restores', async () => {
    const order = await orderAt(request, 'completed');
    await block(order.seller, order.buyer.id);
    expectBlocked(await request('POST', `/v1/orders/${order.id}/reviews`, { token: order.buyer.token, body: BY_BUYER }));
    expectBlocked(await request('POST', `/v1/orders/${order.id}/reviews`, { token: order.seller.token, body: { rating: 3, communication: 3, payment: 3, text: 'Fine' } }));
    await unblock(order.seller, order.buyer.id);
    expect((await request('POST', `/v1/orders/${order.id}/reviews`, { token: order.buyer.token, body: BY_BUYER })).status).toBe(201);
  });

  test('an order made before the block continues: paid, shipped, delivered, completed', async () => {
    const [seller, buyer] = [await registerUser(request), await registerUser(request)];
    const listing = await makeListing(request, seller);
    const order = (await buy(buyer, listing.id)).body;
    await block(seller, buyer.id);
    const steps: [TestUser, string, unknown][] = [
      [buyer, 'pay', { payment_method: 'pm_card_visa', shipping_address: SHIP_TO }],
      [seller, 'ship', { carrier: 'DHL', tracking_number: '1234567890' }],
      [buyer, 'confirm-delivery', {}],
      [buyer, 'complete', {}],
    ];
    for (const [actor, action, body] of steps)
      expect([action, (await request('POST', `/v1/orders/${order.id}/${action}`, { token: actor.token, body })).status]).toEqual([action, 200]);
    expect((await request('GET', `/v1/orders/${order.id}`, { token: buyer.token })).body.status).toBe('completed');
  });
});
