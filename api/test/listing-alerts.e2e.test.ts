import { randomBytes } from 'node:crypto';
import { type Request, type TestApp, type TestUser, MINUTE, client, makeListing, manualClock, registerUser, startTestApp } from '../../test/harness';
import { runListingAlerts } from '../src/modules/marketplace/alerts';
import { runSavedSearchDigests } from '../src/modules/marketplace/saved-searches';

// Alerts through the public API and the worker's two jobs, run by hand on a clock the test moves:
// listings go live or drop their price → runListingAlerts → (saved searches) runSavedSearchDigests.

let app: TestApp;
let request: Request;
const time = manualClock('2026-12-01T09:00:00Z');

beforeAll(async () => {
  app = await startTestApp({ clock: time.clock });
  request = client(app.url);
});
afterAll(() => app.close());

const runWorker = async () => {
  await runListingAlerts(app.ctx);
  await runSavedSearchDigests(app.ctx);
};
/** A word no other test's listings contain, so each test's searches match its own listings alone. */
const uniqueWord = () => `w${randomBytes(4).toString('hex')}`;
const saveSearch = async (user: TestUser, query: Record<string, unknown>) => {
  const res = await request('POST', '/v1/me/saved-searches', { token: user.token, body: { name: 'Mine', query } });
  if (res.status !== 201) throw new Error(`save failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
};
const notificationsOf = async (user: TestUser, type: string) =>
  ((await request('GET', '/v1/me/notifications?limit=100', { token: user.token })).body.data as { type: string; data: any }[]).filter((n) => n.type === type).map((n) => n.data);
const digestsOf = (user: TestUser) => notificationsOf(user, 'saved_search.matched');

test('three matching listings make one digest; more within the hour wait for the next; the next hour brings another', async () => {
  const [seller, saver] = [await registerUser(request), await registerUser(request)];
  const word = uniqueWord();
  const searchId = await saveSearch(saver, { q: `${word} camera`, category: 'electronics', currency: 'EUR', max_price: 20_000 });
  const titles = [`${word} camera one`, `Camera ${word} two`, `Old ${word} camera three`];
  const matching = [];
  for (const title of titles) matching.push(await makeListing(request, seller, { title }));
  // Each misses one constraint: a word, the category, the currency, the price range.
  await makeListing(request, seller, { title: `${word} lens` });
  await makeListing(request, seller, { title: `${word} camera strap`, category: 'bags' });
  await makeListing(request, seller, { title: `${word} camera`, price: { amount: 9_000, currency: 'GBP' } });
  await makeListing(request, seller, { title: `${word} camera`, price: { amount: 25_000, currency: 'EUR' } });

  await runWorker();
  await runWorker();
  expect(await digestsOf(saver)).toEqual([
    {
      saved_search_id: searchId,
      name: 'Mine',
      count: 3,
      listings: matching.map((l, i) => ({ id: l.id, title: titles[i], price: { amount: 12_500, currency: 'EUR' } })),
    },
  ]);
  expect((await request('GET', '/v1/me/saved-searches', { token: saver.token })).body.data[0].last_alerted_at).toBe(time.clock.now().toISOString());

  time.advance(10 * MINUTE);
  const later = await makeListing(request, seller, { title: `${word} camera four` });
  await runWorker();
  expect(await digestsOf(saver)).toHaveLength(1);

  time.advance(50 * MINUTE);
  await runWorker();
  const digests = await digestsOf(saver);
  expect(digests).toHaveLength(2);
  expect(digests[0]).toMatchObject({ count: 1, listings: [{ id: later.id }] });
  const events = await app.ctx.db.selectFrom('outbox').select('payload').where('event_type', '=', 'saved_search.matched').where('aggregate_id', '=', saver.id).execute();
  expect(events.map((e) => e.payload)).toEqual([
    { saved_search_id: searchId, user_id: saver.id, listing_count: 3 },
    { saved_search_id: searchId, user_id: saver.id, listing_count: 1 },
  ]);
});

test('no alert for a non-matching listing, one’s own listing, or across a block either way; a negated word excludes', async () => {
  const [seller, blocker, blocked, other] = [await registerUser(request), await registerUser(request), await registerUser(request), await registerUser(request)];
  const word = uniqueWord();
  for (const user of [blocker, blocked]) await saveSearch(user, { q: word });
  await saveSearch(seller, { q: word });
  await saveSearch(other, { q: `${word} -broken` });
  expect((await request('POST', '/v1/me/blocks', { token: blocker.token, body: { user_id: seller.id } })).status).toBe(201);
  expect((await request('POST', '/v1/me/blocks', { token: seller.token, body: { user_id: blocked.id } })).status).toBe(201);

  await makeListing(request, seller, { title: `${word} lamp` });
  await makeListing(request, seller, { title: 'Something else entirely' });
  await makeListing(request, seller, { title: `${word} broken vase` });
  await runWorker();

  for (const user of [blocker, blocked, seller]) expect(await digestsOf(user)).toEqual([]);
  // The seller's own search found their listings, and is not alerted; `other` is, of the lamp alone (not of the broken vase).
  expect((await digestsOf(other)).map((d) => d.count)).toEqual([1]);
});

test('a listing that stops being on sale before the digest is left out of it; a digest left empty is not sent', async () => {
  const [seller, saver] = [await registerUser(request), await registerUser(request)];
  const word = uniqueWord();
  await saveSearch(saver, { q: word });
  const listing = await makeListing(request, seller, { title: `${word} bike` });
  await runListingAlerts(app.ctx);
  expect((await request('POST', `/v1/listings/${listing.id}/withdraw`, { token: seller.token })).status).toBe(200);
  await runSavedSearchDigests(app.ctx);
  expect(await digestsOf(saver)).toEqual([]);
});

test('a listing that goes live again (withdrawn, then relisted) is not news to a search that was told of it', async () => {
  const [seller, saver] = [await registerUser(request), await registerUser(request)];
  const word = uniqueWord();
  await saveSearch(saver, { q: word });
  const listing = await makeListing(request, seller, { title: `${word} kettle` });
  await runWorker();
  expect(await digestsOf(saver)).toHaveLength(1);
  expect((await request('POST', `/v1/listings/${listing.id}/withdraw`, { token: seller.token })).status).toBe(200);
  expect((await request('POST', `/v1/listings/${listing.id}/relist`, { token: seller.token })).body.status).toBe('active');
  time.advance(2 * 60 * MINUTE);
  await runWorker();
  await runWorker();
  expect(await digestsOf(saver)).toHaveLength(1);
});

test('a price drop notifies everyone who favourited the listing, with the old and new price; not others, nor across a block', async () => {
  const [seller, fan1, fan2, bystander, shunned] = [
    await registerUser(request),
    await registerUser(request),
    await registerUser(request),
    await registerUser(request),
    await registerUser(request),
  ];
  const listing = await makeListing(request, seller, { title: `${uniqueWord()} guitar` });
  for (const fan of [fan1, fan2, shunned]) expect((await request('PUT', `/v1/me/favourites/${listing.id}`, { token: fan.token })).status).toBe(204);
  expect((await request('POST', '/v1/me/blocks', { token: seller.token, body: { user_id: shunned.id } })).status).toBe(201);
  await runWorker();

  expect((await request('PATCH', `/v1/listings/${listing.id}`, { token: seller.token, body: { price: { amount: 9_900, currency: 'EUR' } } })).status).toBe(200);
  // A rise is no alert.
  expect((await request('PATCH', `/v1/listings/${listing.id}`, { token: seller.token, body: { price: { amount: 10_500, currency: 'EUR' } } })).status).toBe(200);
  await runWorker();

  const expected = {
    listing_id: listing.id,
    title: expect.stringContaining('guitar'),
    old_price: { amount: 12_500, currency: 'EUR' },
    new_price: { amount: 9_900, currency: 'EUR' },
  };
  for (const fan of [fan1, fan2]) expect(await notificationsOf(fan, 'listing.price_dropped')).toEqual([expected]);
  for (const other of [bystander, shunned, seller]) expect(await notificationsOf(other, 'listing.price_dropped')).toEqual([]);
  const events = await app.ctx.db.selectFrom('outbox').select('payload').where('event_type', '=', 'alert.price_drop').where('aggregate_id', '=', listing.id).execute();
  expect(events.map((e) => (e.payload as { user_id: string }).user_id).sort()).toEqual([fan1.id, fan2.id].sort());
});

test('the search’s other filters decide a match as they decide search: stems, condition, place, seller rating and verification', async () => {
  const [seller, saver, wantsVerified, wantsRated] = [await registerUser(request), await registerUser(request), await registerUser(request), await registerUser(request)];
  const word = uniqueWord();
  const lyon = { place: 'Lyon', lat: 45.75, lng: 4.85 };
  // `cameras` finds "camera": the saved query is parsed as search parses it.
  await saveSearch(saver, { q: `${word} cameras`, condition: 'new,like_new', lat: '45.76', lng: '4.84', radius_km: '30' });
  await saveSearch(wantsVerified, { q: word, verified_sellers: 'true' });
  await saveSearch(wantsRated, { q: word, min_rating: '4' });
  const near = await makeListing(request, seller, { title: `${word} camera, near`, condition: 'new', location: lyon });
  await makeListing(request, seller, { title: `${word} camera, worn`, condition: 'good', location: lyon });
  await makeListing(request, seller, { title: `${word} camera, far`, condition: 'new', location: { place: 'Paris', lat: 48.85, lng: 2.35 } });
  await makeListing(request, seller, { title: `${word} camera, somewhere`, condition: 'new' });
  await runWorker();

  expect(await digestsOf(saver)).toEqual([expect.objectContaining({ count: 1, listings: [expect.objectContaining({ id: near.id })] })]);
  // The seller is neither verified nor rated.
  expect(await digestsOf(wantsVerified)).toEqual([]);
  expect(await digestsOf(wantsRated)).toEqual([]);
});
