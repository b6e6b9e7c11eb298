import { type Request, type TestApp, type TestUser, client, expectProblem, makeListing, registerUser, startTestApp } from '../../test/harness';

let app: TestApp;
let request: Request;

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
});
afterAll(() => app.close());

const favourite = (user: TestUser, listingId: string) => request('PUT', `/v1/me/favourites/${listingId}`, { token: user.token });
const unfavourite = (user: TestUser, listingId: string) => request('DELETE', `/v1/me/favourites/${listingId}`, { token: user.token });
const favouritesOf = async (user: TestUser, query = '') => (await request('GET', `/v1/me/favourites${query}`, { token: user.token })).body;
const countsOf = async (seller: TestUser) =>
  Object.fromEntries(
    ((await request('GET', '/v1/me/listings', { token: seller.token })).body.data as { id: string; favourite_count: number }[]).map((l) => [l.id, l.favourite_count]),
  );
const eventsOf = (type: string, listingId: string) =>
  app.ctx.db.selectFrom('outbox').select('payload').where('event_type', '=', type).where('aggregate_id', '=', listingId).execute();

test('favourite (twice harmlessly), list newest first with the listing, the seller’s counts, unfavourite (twice harmlessly)', async () => {
  const [seller, ann, bob] = [await registerUser(request), await registerUser(request), await registerUser(request)];
  const lamp = await makeListing(request, seller, { title: 'Brass lamp', category: 'decor' });
  const chair = await makeListing(request, seller, { title: 'Oak chair', category: 'furniture' });

  expect((await favourite(ann, lamp.id)).status).toBe(204);
  expect((await favourite(ann, lamp.id)).status).toBe(204);
  expect((await favourite(ann, chair.id)).status).toBe(204);
  expect((await favourite(bob, lamp.id)).status).toBe(204);
  expect(await eventsOf('listing.favourited', lamp.id)).toHaveLength(2);

  const page1 = await favouritesOf(ann, '?limit=1');
  const page2 = await favouritesOf(ann, `?limit=1&cursor=${page1.next_cursor}`);
  expect([...page1.data, ...page2.data]).toEqual([
    { listing_id: chair.id, created_at: expect.any(String), listing: expect.objectContaining({ id: chair.id, title: 'Oak chair', status: 'active' }) },
    { listing_id: lamp.id, created_at: expect.any(String), listing: expect.objectContaining({ id: lamp.id, title: 'Brass lamp' }) },
  ]);
  expect(page2.next_cursor).toBeNull();
  expect(await countsOf(seller)).toEqual({ [lamp.id]: 2, [chair.id]: 1 });

  expect((await unfavourite(ann, lamp.id)).status).toBe(204);
  expect((await unfavourite(ann, lamp.id)).status).toBe(204);
  expect(await eventsOf('listing.unfavourited', lamp.id)).toEqual([{ payload: { listing_id: lamp.id, seller_id: seller.id, user_id: ann.id } }]);
  expect((await favouritesOf(ann)).data.map((f: { listing_id: string }) => f.listing_id)).toEqual([chair.id]);
  expect(await countsOf(seller)).toEqual({ [lamp.id]: 1, [chair.id]: 1 });
});

test('refusals: one’s own listing, a listing one cannot see (no existence leak), bad ids, no session', async () => {
  const [seller, other] = [await registerUser(request), await registerUser(request)];
  const listing = await makeListing(request, seller);
  const own = await favourite(seller, listing.id);
  expectProblem(own, 422, 'listing_id');
  expect(own.body.code).toBe('own_listing');
  expectProblem(await favourite(other, '7f0c5a52-1c5a-4cb4-9d5f-0b5ec9d1b8a1'), 404);
  expectProblem(await favourite(other, 'nope'), 400, 'params.listing_id');
  expectProblem(await request('PUT', `/v1/me/favourites/${listing.id}`), 401);
  expectProblem(await request('GET', '/v1/me/favourites?limit=0', { token: other.token }), 400, 'query.limit');

  // The seller blocks `other`: to them the listing no longer exists, as a missing one.
  expect((await request('POST', '/v1/me/blocks', { token: seller.token, body: { user_id: other.id } })).status).toBe(201);
  const hidden = await favourite(other, listing.id);
  expectProblem(hidden, 404);
  expect(hidden.body.code).toBe('not_found');
});

test('a favourite whose listing became unavailable stays listed with `listing: null`', async () => {
  const [seller, fan] = [await registerUser(request), await registerUser(request)];
  const listing = await makeListing(request, seller);
  await favourite(fan, listing.id);
  await app.ctx.db.updateTable('listings').set({ status: 'removed' }).where('id', '=', listing.id).execute();
  expect((await favouritesOf(fan)).data).toEqual([{ listing_id: listing.id, created_at: expect.any(String), listing: null }]);
  expect((await unfavourite(fan, listing.id)).status).toBe(204);
  expect((await favouritesOf(fan)).data).toEqual([]);
});
