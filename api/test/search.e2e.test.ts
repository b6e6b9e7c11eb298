import { randomInt } from 'node:crypto';
import sharp from 'sharp';
import { refreshSellerRatings } from '../src/modules/marketplace/reviews';
import { type Request, type TestApp, type TestUser, client, expectProblem, makeListing, orderAt, registerUser, startTestApp } from '../../test/harness';

// Search over HTTP. Every test files its listings under a made-up word of its own (`tag`), so the
// other tests' listings never get in the way. Points are set in the database: the API blurs a
// location by about 1 km, and the distance assertions want exact ones.

let app: TestApp;
let request: Request;
let seller: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  seller = await registerUser(request, { display_name: 'Sandrine' });
});
afterAll(() => app.close());

/** A word no dictionary stems oddly and no other test uses: letters only (digits would make it a different token type). */
const tag = () => `zq${Array.from({ length: 8 }, () => String.fromCharCode(97 + randomInt(26))).join('')}`;

type Query = Record<string, string | number | boolean>;
const search = (query: Query, token?: string) =>
  request('GET', `/v1/listings?${new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]))}`, { token });
const ids = (res: { body: { data: { id: string }[] } }) => res.body.data.map((h) => h.id);

async function listing(overrides: Record<string, unknown>, point?: { lat: number; lng: number }, by = seller) {
  const made = await makeListing(request, by, overrides);
  if (point) await app.ctx.db.updateTable('listings').set(point).where('id', '=', made.id).execute();
  return made.id;
}

/** Every hit across pages of `limit`, following next_cursor. */
async function allPages(query: Query, limit = 2): Promise<{ id: string; price: { amount: number }; created_at: string; distance_km: number | null }[]> {
  const hits = [];
  let cursor: string | null = null;
  do {
    const res = await search({ ...query, limit, facets: true, ...(cursor ? { cursor } : {}) });
    expect(res.status).toBe(200);
    expect(res.body.facets === null).toBe(cursor !== null);
    hits.push(...res.body.data);
    cursor = res.body.next_cursor;
  } while (cursor);
  return hits;
}

const PARIS = { lat: 48.8566, lng: 2.3522 };
const VERSAILLES = { lat: 48.8049, lng: 2.1204 };
const LYON = { lat: 45.764, lng: 4.8357 };

describe('text', () => {
  test('stemming: cameras finds a camera, and a stem finds the plural', async () => {
    const t = tag();
    const id = await listing({ title: `Canon camera ${t}` });
    const plural = await listing({ title: `Two chairs ${t}`, description: 'Both for cameras' });
    expect(ids(await search({ q: `cameras ${t}` })).sort()).toEqual([id, plural].sort());
    expect(ids(await search({ q: `chair ${t}` }))).toEqual([plural]);
  });

  test('accents fold both ways: cafe finds café, CAFÉ finds cafe', async () => {
    const t = tag();
    const accented = await listing({ title: `Café table ${t}` });
    const plain = await listing({ title: `Cafe chairs ${t}` });
    expect(ids(await search({ q: `cafe ${t}` })).sort()).toEqual([accented, plain].sort());
    expect(ids(await search({ q: `CAFÉ ${t}` })).sort()).toEqual([accented, plain].sort());
  });

  test('typos: when no word matches, similar words do (camrea finds camera), and the answer says so', async () => {
    const word = `${tag()}mirror`;
    const id = await listing({ title: `Antique ${word}` });
    const typo = `${word.slice(0, 4)}${word[5]}${word[4]}${word.slice(6)}`;
    const res = await search({ q: typo });
    expect(res.body.fuzzy).toBe(true);
    expect(ids(res)).toContain(id);
    const camera = await listing({ title: 'Compact camera, boxed' });
    const camrea = await search({ q: 'camrea', limit: 100 });
    expect(camrea.body.fuzzy).toBe(true);
    expect(ids(camrea)).toContain(camera);
    expect(camrea.body.data.every((h: { title: string }) => /camera/i.test(h.title))).toBe(true);
    // A word-for-word match is not fuzzy.
    expect((await search({ q: word })).body.fuzzy).toBe(false);
  });

  test('ranking: a match in the title ranks above one in the description only, and more matches above fewer', async () => {
    const t = tag();
    const inDescription = await listing({ title: 'Wooden shelf', description: `Great ${t} shelf` });
    const inTitle = await listing({ title: `Shelf ${t}`, description: 'Pine' });
    const inBoth = await listing({ title: `${t} shelf`, description: `A ${t} original` });
    const res = await search({ q: t });
    expect(ids(res)).toEqual([inBoth, inTitle, inDescription]);
  });
});

test('relevance: listings of the last SEARCH_RECENT_DAYS rank above older ones, and pages run on into the older', async () => {
  const t = tag();
  const oldBest = await listing({ title: `${t} ${t} shelf`, description: `All ${t}` });
  await app.ctx.db
    .updateTable('listings')
    .set({ created_at: new Date(Date.now() - 60 * 86_400_000) })
    .where('id', '=', oldBest)
    .execute();
  const recentWeak = await listing({ title: 'Oak shelf', description: `A ${t}` });
  const recentStrong = await listing({ title: `${t} shelf`, description: 'Pine' });
  expect(ids(await search({ q: t }))).toEqual([recentStrong, recentWeak, oldBest]);
  expect((await allPages({ q: t }, 1)).map((h) => h.id)).toEqual([recentStrong, recentWeak, oldBest]);
});

describe('filters', () => {
  test('category: a parent covers its children, a leaf only itself', async () => {
    const t = tag();
    const camera = await listing({ title: `Camera ${t}`, category: 'cameras' });
    const phone = await listing({ title: `Phone ${t}`, category: 'phones' });
    await listing({ title: `Novel ${t}`, category: 'fiction' });
    expect(ids(await search({ q: t, category: 'electronics' })).sort()).toEqual([camera, phone].sort());
    expect(ids(await search({ q: t, category: 'cameras' }))).toEqual([camera]);
  });

  test('price range in a currency', async () => {
    const t = tag();
    // Prices above a fifth of the category's median: a lower one waits for review (price_far_below_median).
    const cheap = await listing({ title: `Lamp ${t}`, price: { amount: 3_000, currency: 'EUR' } });
    const mid = await listing({ title: `Lamp ${t}`, price: { amount: 5_000, currency: 'EUR' } });
    await listing({ title: `Lamp ${t}`, price: { amount: 5_000, currency: 'GBP' } });
    await listing({ title: `Lamp ${t}`, price: { amount: 90_000, currency: 'EUR' } });
    expect(ids(await search({ q: t, currency: 'EUR', min_price: 3_000, max_price: 5_000 })).sort()).toEqual([cheap, mid].sort());
  });

  test('condition, one or more', async () => {
    const t = tag();
    const fresh = await listing({ title: `Kettle ${t}`, condition: 'new' });
    const likeNew = await listing({ title: `Kettle ${t}`, condition: 'like_new' });
    await listing({ title: `Kettle ${t}`, condition: 'fair' });
    expect(ids(await search({ q: t, condition: 'new' }))).toEqual([fresh]);
    expect(ids(await search({ q: t, condition: 'new,like_new' })).sort()).toEqual([fresh, likeNew].sort());
  });

  test('attributes, case-insensitive, all of them', async () => {
    const t = tag();
    const canon = await listing({ title: `Body ${t}`, attributes: { brand: 'Canon', model: 'AE-1' } });
    await listing({ title: `Body ${t}`, attributes: { brand: 'Nikon', model: 'FM2' } });
    await listing({ title: `Body ${t}` });
    const phone = await listing({ title: `Phone ${t}`, category: 'phones', attributes: { storage_gb: 256 } });
    expect(ids(await search({ q: t, attributes: 'brand:canon' }))).toEqual([canon]);
    expect(ids(await search({ q: t, category: 'cameras', attributes: 'brand:Canon,model:ae-1' }))).toEqual([canon]);
    expect(ids(await search({ q: t, attributes: 'brand:Canon,model:FM2' }))).toEqual([]);
    // Numbers match by their text.
    expect(ids(await search({ q: t, attributes: 'storage_gb:256' }))).toEqual([phone]);
  });

  test('location: within the radius only, with the distance on each hit', async () => {
    const t = tag();
    const paris = await listing({ title: `Bike ${t}` }, PARIS);
    const versailles = await listing({ title: `Bike ${t}` }, VERSAILLES);
    await listing({ title: `Bike ${t}` }, LYON);
    await listing({ title: `Bike ${t}` });
    const res = await search({ q: t, ...PARIS, radius_km: 25, sort: 'distance' });
    expect(ids(res)).toEqual([paris, versailles]);
    expect(res.body.data[0].distance_km).toBe(0);
    expect(res.body.data[1].distance_km).toBeGreaterThan(17);
    expect(res.body.data[1].distance_km).toBeLessThan(20);
    expect(ids(await search({ q: t, ...PARIS, radius_km: 500 }))).toHaveLength(3);
  });

  test('minimum seller rating (from the ratings summary) and hits showing it', async () => {
    const t = tag();
    const [good, poor] = [await registerUser(request, { display_name: 'Good' }), await registerUser(request, { display_name: 'Poor' })];
    for (const [s, rating] of [
      [good, 5],
      [poor, 2],
    ] as const) {
      const order = await orderAt(request, 'completed', { seller: s });
      for (const [author, body] of [
        [order.buyer, { rating, item_as_described: rating, communication: rating, shipping: rating, text: 'Fine' }],
        [s, { rating: 5, communication: 5, payment: 5, text: 'Fine' }],
      ] as const) {
        expect((await request('POST', `/v1/orders/${order.id}/reviews`, { token: author.token, body })).status).toBe(201);
      }
    }
    const goodListing = await listing({ title: `Radio ${t}` }, undefined, good);
    await listing({ title: `Radio ${t}` }, undefined, poor);
    await listing({ title: `Radio ${t}` });
    await refreshSellerRatings(app.ctx.db, new Date());
    const res = await search({ q: t, min_rating: 4 });
    expect(ids(res)).toEqual([goodListing]);
    expect(res.body.data[0].seller).toEqual({ id: good.id, display_name: 'Good', rating: { average: 5, count: 1 } });
    expect(ids(await search({ q: t, min_rating: 2 }))).toHaveLength(2);
  });

  test('verified sellers only', async () => {
    const t = tag();
    const verified = await registerUser(request);
    await app.ctx.db.updateTable('users').set({ identity_verified_at: new Date() }).where('id', '=', verified.id).execute();
    const mine = await listing({ title: `Tent ${t}` }, undefined, verified);
    await listing({ title: `Tent ${t}` });
    expect(ids(await search({ q: t, verified_sellers: true }))).toEqual([mine]);
    expect(ids(await search({ q: t, verified_sellers: false }))).toHaveLength(2);
  });

  test('a seller who blocked the viewer is left out for them only', async () => {
    const t = tag();
    const blocker = await registerUser(request);
    const viewer = await registerUser(request);
    const id = await listing({ title: `Drone ${t}` }, undefined, blocker);
    expect((await request('POST', '/v1/me/blocks', { token: blocker.token, body: { user_id: viewer.id } })).status).toBeLessThan(300);
    // Not toEqual([]): with no exact hit left, the typo-tolerant fallback may offer other tests' look-alike tags.
    expect(ids(await search({ q: t }, viewer.token))).not.toContain(id);
    expect(ids(await search({ q: t }))).toEqual([id]);
  });
});

describe('sorts and keyset paging', () => {
  const t = tag();
  const points = [PARIS, VERSAILLES, { lat: 48.9, lng: 2.4 }, { lat: 48.7, lng: 2.5 }, { lat: 49.0, lng: 2.0 }, { lat: 48.85, lng: 2.35 }, { lat: 48.95, lng: 2.3 }];
  // Prices repeat, so the id must break ties the same way on every page.
  const prices = [3_000, 4_500, 3_000, 9_900, 4_500, 4_200, 3_000];
  let made: string[];

  beforeAll(async () => {
    made = [];
    for (const [i, point] of points.entries()) {
      made.push(
        await listing({ title: i % 2 ? `Chair ${t} ${t}` : `Chair ${t}`, description: i % 3 ? 'Oak' : `Solid ${t}`, price: { amount: prices[i]!, currency: 'EUR' } }, point),
      );
    }
  });

  const byPrice = (dir: 1 | -1) => (a: { price: { amount: number }; id: string }, b: { price: { amount: number }; id: string }) =>
    dir * (a.price.amount - b.price.amount) || dir * a.id.localeCompare(b.id);

  test.each([
    ['newest', {}],
    ['price_asc', { currency: 'EUR' }],
    ['price_desc', { currency: 'EUR' }],
    ['relevance', {}],
    ['distance', { ...PARIS, radius_km: 100 }],
  ] as const)('%s: every listing once across pages of two, in order', async (sort, extra) => {
    const single = await search({ q: t, sort, ...extra, limit: 100 });
    const paged = await allPages({ q: t, sort, ...extra });
    expect(paged.map((h) => h.id)).toEqual(ids(single));
    expect(new Set(paged.map((h) => h.id))).toEqual(new Set(made));
    if (sort === 'price_asc') expect(paged).toEqual([...paged].sort(byPrice(1)));
    if (sort === 'price_desc') expect(paged).toEqual([...paged].sort(byPrice(-1)));
    if (sort === 'newest')
      expect(paged.map((h) => h.created_at)).toEqual(
        paged
          .map((h) => h.created_at)
          .sort()
          .reverse(),
      );
    if (sort === 'distance') expect(paged.map((h) => h.distance_km)).toEqual(paged.map((h) => h.distance_km).sort((a, b) => a! - b!));
  });

  test('without q the default is newest, with q relevance; a cursor from another sort is refused, naming cursor', async () => {
    const first = await search({ q: t, limit: 2 });
    const relevance = await search({ q: t, sort: 'relevance', limit: 2 });
    expect(ids(first)).toEqual(ids(relevance));
    expectProblem(await search({ q: t, sort: 'newest', cursor: first.body.next_cursor }), 400, 'query.cursor');
    expectProblem(await search({ cursor: first.body.next_cursor }), 400, 'query.cursor');
  });

  test('facets count the same filter set: categories, conditions, price buckets with a currency', async () => {
    const res = await search({ q: t, currency: 'EUR', limit: 1, facets: true });
    expect(res.body.facets).toEqual({
      category: [{ slug: 'cameras', count: 7 }],
      condition: [{ value: 'good', count: 7 }],
      price: [
        { min: 2_500, max: 5_000, count: 6 },
        { min: 5_000, max: 10_000, count: 1 },
      ],
      approximate: false,
    });
    expect((await search({ q: t, facets: true })).body.facets.price).toEqual([]);
    expect((await search({ q: t })).body.facets).toBeNull();
    expect((await search({ q: t, facets: true, limit: 1, cursor: res.body.next_cursor })).body.facets).toBeNull();
  });

  test('hits carry the seller, a cover (none without photos) and a distance only around a point', async () => {
    const [hit] = (await search({ q: t, limit: 1 })).body.data;
    expect(hit).toMatchObject({ seller: { id: seller.id, display_name: 'Sandrine', rating: { average: null, count: 0 } }, cover: null, distance_km: null, category: 'cameras' });
    expect((await search({ q: t, ...PARIS, radius_km: 100, limit: 1 })).body.data[0].distance_km).toEqual(expect.any(Number));
  });
});

/** A cursor as a client could forge it: the same encoding, any content. */
const forged = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');

test('a hit carries its cover photo: the first of its listing', async () => {
  const t = tag();
  const id = await listing({ title: `Vase ${t}` });
  const form = new FormData();
  const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .composite([{ input: Buffer.from('<svg width="640" height="480"><circle cx="200" cy="200" r="120" fill="orange"/></svg>') }])
    .jpeg()
    .toBuffer();
  form.append('files', new Blob([photo]), 'vase.jpg');
  const uploaded = await fetch(`${app.url}/v1/listings/${id}/images`, { method: 'POST', headers: { authorization: `Bearer ${seller.token}` }, body: form });
  expect(uploaded.status).toBe(201);
  const [hit] = (await search({ q: t })).body.data;
  expect(hit.cover).toMatchObject({
    width: 640,
    height: 480,
    variants: expect.arrayContaining([expect.objectContaining({ size: 'thumb', url: expect.stringContaining('/v1/media/') })]),
  });
});

describe('bad input names the field', () => {
  test.each([
    [{ lat: 48.8 }, 'query.lng'],
    [{ lng: 2.3 }, 'query.lat'],
    [{ lat: 48.8, lng: 2.3 }, 'query.radius_km'],
    [{ lat: 48.8, lng: 2.3, radius_km: 0 }, 'query.radius_km'],
    [{ lat: 48.8, lng: 2.3, radius_km: 5000 }, 'query.radius_km'],
    [{ lat: 95, lng: 2.3, radius_km: 5 }, 'query.lat'],
    [{ radius_km: 5 }, 'query.radius_km'],
    [{ sort: 'cheapest' }, 'query.sort'],
    [{ sort: 'distance' }, 'query.sort'],
    [{ sort: 'relevance' }, 'query.sort'],
    [{ sort: 'price_asc' }, 'query.currency'],
    [{ min_price: 100 }, 'query.currency'],
    [{ condition: 'mint' }, 'query.condition'],
    [{ condition: 'new,' }, 'query.condition'],
    [{ attributes: 'Brand' }, 'query.attributes'],
    [{ attributes: 'brand:' }, 'query.attributes'],
    [{ attributes: 'colour:red' }, 'query.attributes'],
    [{ category: 'books', attributes: 'brand:Canon' }, 'query.attributes'],
    [{ min_rating: 6 }, 'query.min_rating'],
    [{ verified_sellers: 'yes' }, 'query.verified_sellers'],
    [{ category: 'spaceships' }, 'query.category'],
    [{ sort: 'newest', cursor: forged(['newest', "1' OR '1'='1", '00000000-0000-4000-8000-000000000000', 0]) }, 'query.cursor'],
    [{ currency: 'EUR', sort: 'price_asc', cursor: forged(['price_asc', 12.5, '00000000-0000-4000-8000-000000000000', 0]) }, 'query.cursor'],
    [{ sort: 'newest', cursor: forged(['newest', '2026-01-01T00:00:00Z', 'not-a-uuid', 0]) }, 'query.cursor'],
  ])('%j → 400 naming %s', async (query, field) => {
    expectProblem(await search(query as Query), 400, field);
  });
});
