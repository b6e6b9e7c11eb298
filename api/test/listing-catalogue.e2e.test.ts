import { inTransaction } from '../src/db/transaction';
import { takeListingChanges } from '../src/modules/marketplace/listings';
import { type Request, type TestApp, type TestUser, client, expectProblem, makeListing, makeStaff, registerUser, startTestApp } from '../../test/harness';

let app: TestApp;
let request: Request;
let seller: TestUser;
let moderator: TestUser;

beforeAll(async () => {
  // A small suggestion budget, so the limit can be reached here.
  app = await startTestApp({ env: { RATE_LIMIT_SUGGEST_PER_MINUTE: '3' } });
  request = client(app.url);
  [seller, moderator] = await Promise.all([registerUser(request), makeStaff(app, ['moderator'])]);
});
afterAll(() => app.close());

const edit = (id: string, body: unknown, token = seller.token) => request('PATCH', `/v1/listings/${id}`, { token, body });
const changesOf = (listingId: string) =>
  app.ctx.db.selectFrom('listing_changes').select(['kind', 'old_amount', 'new_amount', 'currency']).where('listing_id', '=', listingId).orderBy('id').execute();
const pricesOf = (listingId: string) =>
  app.ctx.db.selectFrom('listing_price_history').select(['amount', 'currency', 'changed_by']).where('listing_id', '=', listingId).orderBy('id').execute();
const eventsOf = (listingId: string, type: string) =>
  app.ctx.db.selectFrom('outbox').select('payload').where('aggregate_id', '=', listingId).where('event_type', '=', type).orderBy('id').execute();

describe('condition, attributes and location', () => {
  test('a listing shows its condition, attributes, category path and a location blurred to about 1 km', async () => {
    const listing = await makeListing(request, seller, {
      category: 'shoes',
      condition: 'like_new',
      attributes: { brand: 'Asics', eu_size: 42.5 },
      location: { place: 'Lyon', lat: 45.764043, lng: 4.835659 },
    });
    const shown = (await request('GET', `/v1/listings/${listing.id}`)).body;
    expect(shown).toMatchObject({
      category: 'shoes',
      category_path: [
        { slug: 'fashion', name: 'Fashion' },
        { slug: 'shoes', name: 'Shoes' },
      ],
      condition: 'like_new',
      attributes: { brand: 'Asics', eu_size: 42.5 },
      location: { place: 'Lyon', lat: 45.76, lng: 4.84 },
    });
    // The exact point is not kept anywhere.
    const row = await app.ctx.db.selectFrom('listings').select(['lat', 'lng']).where('id', '=', listing.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ lat: 45.76, lng: 4.84 });
  });

  test('without a location the listing shows null; a place alone has no point', async () => {
    const bare = await makeListing(request, seller);
    expect((await request('GET', `/v1/listings/${bare.id}`)).body).toMatchObject({ condition: 'good', attributes: {}, location: null });
    const placed = await makeListing(request, seller, { location: { place: 'Ghent' } });
    expect((await request('GET', `/v1/listings/${placed.id}`)).body.location).toEqual({ place: 'Ghent', lat: null, lng: null });
  });

  test('an edit may change the condition, replace the attributes (checked against the category) and clear the location', async () => {
    const listing = await makeListing(request, seller, { category: 'bikes', attributes: { frame_size: 'M' }, location: { place: 'Utrecht', lat: 52.09, lng: 5.12 } });
    const edited = await edit(listing.id, { condition: 'fair', attributes: { frame_size: 'L', brand: 'Gazelle' }, location: null });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ condition: 'fair', attributes: { frame_size: 'L', brand: 'Gazelle' }, location: null });

    // Moving to a category whose required attribute is missing is refused, naming it; nothing changes.
    expectProblem(await edit(listing.id, { category: 'mens-clothing' }), 422, 'attributes.size');
    expectProblem(await edit(listing.id, { category: 'mens-clothing', attributes: { size: 'XXXL' } }), 422, 'attributes.size');
    expectProblem(await edit(listing.id, { location: { place: 'Utrecht', lng: 5.12 } }), 422, 'location.lat');
    const moved = await edit(listing.id, { category: 'mens-clothing', attributes: { size: 'XL' } });
    expect(moved.body).toMatchObject({ category: 'mens-clothing', attributes: { size: 'XL' }, category_path: [{ slug: 'fashion' }, { slug: 'mens-clothing' }] });
  });

  test('contact details in a text attribute or the place hold the listing for review, as in the description', async () => {
    const viaBrand = await makeListing(request, seller, { attributes: { brand: 'Canon, call 0171 2345678' } });
    const viaPlace = await makeListing(request, seller, { location: { place: 'see www.example.com' } });
    expect([viaBrand.status, viaPlace.status]).toEqual(['pending_review', 'pending_review']);
  });

  test('attributes are inherited from the parent category and an unknown one names the keys the category takes', async () => {
    const res = await request('POST', '/v1/listings', {
      token: seller.token,
      body: {
        title: 'Blue Note LP',
        description: 'Plays well',
        price: { amount: 2_500, currency: 'EUR' },
        category: 'records',
        condition: 'good',
        attributes: { format: 'LP', isbn: 'x' },
      },
    });
    expectProblem(res, 422, 'attributes.isbn');
    expect(res.body.errors[0].message).toMatch(/brand.*artist.*format/);
  });
});

describe('listing changes and price history', () => {
  test('a listing created live is queued as published, with its first price in the history', async () => {
    const listing = await makeListing(request, seller);
    expect(listing.status).toBe('active');
    expect(await changesOf(listing.id)).toEqual([{ kind: 'published', old_amount: null, new_amount: '12500', currency: 'EUR' }]);
    expect(await pricesOf(listing.id)).toEqual([{ amount: '12500', currency: 'EUR', changed_by: seller.id }]);
  });

  test('a price drop in the same currency is queued; a rise or a change of currency only goes into the history', async () => {
    const listing = await makeListing(request, seller);
    await edit(listing.id, { price: { amount: 9_900, currency: 'EUR' } });
    await edit(listing.id, { price: { amount: 11_000, currency: 'EUR' } });
    await edit(listing.id, { price: { amount: 9_000, currency: 'GBP' } });
    await edit(listing.id, { title: 'Vintage camera, serviced' });
    expect(await changesOf(listing.id)).toEqual([
      { kind: 'published', old_amount: null, new_amount: '12500', currency: 'EUR' },
      { kind: 'price_drop', old_amount: '12500', new_amount: '9900', currency: 'EUR' },
    ]);
    expect((await pricesOf(listing.id)).map((p) => [p.amount, p.currency])).toEqual([
      ['12500', 'EUR'],
      ['9900', 'EUR'],
      ['11000', 'EUR'],
      ['9000', 'GBP'],
    ]);
    expect((await eventsOf(listing.id, 'listing.price_changed')).map((e) => e.payload)).toEqual([
      { listing_id: listing.id, seller_id: seller.id, old_amount: 12_500, old_currency: 'EUR', amount: 9_900, currency: 'EUR' },
      { listing_id: listing.id, seller_id: seller.id, old_amount: 9_900, old_currency: 'EUR', amount: 11_000, currency: 'EUR' },
      { listing_id: listing.id, seller_id: seller.id, old_amount: 11_000, old_currency: 'EUR', amount: 9_000, currency: 'GBP' },
    ]);
  });

  test('a listing held for review is queued as published when a moderator approves it, not before', async () => {
    // Contact details hold a listing for review even with auto-approve on.
    const listing = await makeListing(request, seller, { description: 'Write to me at seller@example.com' });
    expect(listing.status).toBe('pending_review');
    expect(await changesOf(listing.id)).toEqual([]);
    const approved = await request('POST', `/v1/admin/listings/${listing.id}/decision`, { token: moderator.token, body: { decision: 'approve' } });
    expect(approved.body.status).toBe('active');
    expect((await changesOf(listing.id)).map((c) => c.kind)).toEqual(['published']);
  });

  test('takeListingChanges hands each row to one taker, oldest first, skipping rows another taker holds', async () => {
    const listings = [await makeListing(request, seller), await makeListing(request, seller), await makeListing(request, seller)];
    const ids = new Set(listings.map((l) => l.id));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let firstTaken!: (rows: Awaited<ReturnType<typeof takeListingChanges>>) => void;
    const first = new Promise<Awaited<ReturnType<typeof takeListingChanges>>>((resolve) => (firstTaken = resolve));
    // The first taker holds its one row (the oldest queued) in an open transaction while the second takes the rest.
    const holder = inTransaction(app.ctx.db, async (trx) => {
      firstTaken(await takeListingChanges(trx, 1));
      await held;
    });
    const one = await first;
    const rest = await inTransaction(app.ctx.db, (trx) => takeListingChanges(trx, 10_000));
    release();
    await holder;
    expect(one).toHaveLength(1);
    expect(rest.map((c) => c.id)).not.toContain(one[0]!.id);
    const mine = rest.filter((c) => ids.has(c.listing_id));
    expect(mine.map((c) => c.listing_id)).toEqual(listings.map((l) => l.id).filter((id) => id !== one[0]!.listing_id));
    expect(mine.every((c) => c.kind === 'published' && c.new_amount === 12_500 && c.currency === 'EUR')).toBe(true);
    // Ascending ids, and nothing is left to take twice.
    expect(rest.map((c) => BigInt(c.id))).toEqual([...rest.map((c) => BigInt(c.id))].sort((a, b) => (a < b ? -1 : 1)));
    expect(await inTransaction(app.ctx.db, (trx) => takeListingChanges(trx, 10_000))).toEqual([]);
  });
});

describe('GET /v1/categories', () => {
  test('the tree with names, slugs and each category’s attributes (its parent’s included), cacheable', async () => {
    const res = await request('GET', '/v1/categories');
    expect(res.status).toBe(200);
    expect(res.body.data.map((c: { slug: string }) => c.slug)).toEqual(['electronics', 'fashion', 'home', 'books', 'sports', 'toys', 'collectibles', 'vehicles', 'music', 'other']);
    const music = res.body.data.find((c: { slug: string }) => c.slug === 'music');
    const records = music.children.find((c: { slug: string }) => c.slug === 'records');
    expect(records).toEqual({
      slug: 'records',
      name: 'Vinyl & CDs',
      attributes: [
        { key: 'brand', name: 'Brand or label', required: false, type: 'text', max_length: 80 },
        { key: 'artist', name: 'Artist', required: false, type: 'text', max_length: 80 },
        { key: 'format', name: 'Format', required: true, type: 'enum', values: ['LP', 'EP', 'single', 'CD', 'cassette'] },
      ],
    });
    expect(res.body.data.find((c: { slug: string }) => c.slug === 'other')).toEqual({ slug: 'other', name: 'Everything else', attributes: [], children: [] });
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await request('GET', '/v1/categories', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect((await request('GET', '/v1/categories', { headers: { 'if-none-match': '"stale"' } })).status).toBe(200);
  });

  test('?locale=fr names categories and attributes in French, with its own ETag; an unknown locale names the field', async () => {
    const fr = await request('GET', '/v1/categories?locale=fr');
    const music = fr.body.data.find((c: { slug: string }) => c.slug === 'music');
    expect(music.name).toBe('Musique');
    expect(music.children.find((c: { slug: string }) => c.slug === 'records')).toMatchObject({
      name: 'Vinyles et CD',
      attributes: [{ key: 'brand', name: 'Marque ou label' }, { key: 'artist' }, { key: 'format' }],
    });
    expect(fr.headers.get('etag')).not.toBe((await request('GET', '/v1/categories')).headers.get('etag'));
    expectProblem(await request('GET', '/v1/categories?locale=de'), 400, 'query.locale');
  });
});

describe('lifecycle: draft, publish, withdraw, relist, mark sold', () => {
  const act = (id: string, action: string, token = seller.token) => request('POST', `/v1/listings/${id}/${action}`, { token });
  const typesOf = async (id: string) =>
    (await app.ctx.db.selectFrom('outbox').select('event_type').where('aggregate_id', '=', id).orderBy('id').execute()).map((e) => e.event_type);

  test('a draft is unreviewed and seen by its seller alone; edits keep it a draft; publishing reviews it and queues it as published', async () => {
    const stranger = await registerUser(request);
    const draft = await makeListing(request, seller, { draft: true, title: 'Draft theodolite' });
    expect(draft.status).toBe('draft');
    expectProblem(await request('GET', `/v1/listings/${draft.id}`), 404);
    expectProblem(await request('GET', `/v1/listings/${draft.id}`, { token: stranger.token }), 404);
    expect((await request('GET', '/v1/listings?q=theodolite')).body.data).toEqual([]);
    expectProblem(await request('POST', '/v1/orders', { token: stranger.token, body: { listing_id: draft.id } }), 404);
    expectProblem(await request('GET', `/v1/listings/${draft.id}/price-history`, { token: stranger.token }), 404);
    expect((await request('GET', `/v1/listings/${draft.id}/price-history`, { token: seller.token })).status).toBe(200);
    expect((await request('GET', '/v1/me/listings?status=draft&limit=100', { token: seller.token })).body.data.map((l: { id: string }) => l.id)).toContain(draft.id);

    expect((await edit(draft.id, { price: { amount: 9_000, currency: 'EUR' } })).body.status).toBe('draft');
    expect(await changesOf(draft.id)).toEqual([{ kind: 'price_drop', old_amount: '12500', new_amount: '9000', currency: 'EUR' }]);

    const published = await act(draft.id, 'publish');
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('active');
    expect((await changesOf(draft.id)).map((c) => c.kind)).toEqual(['price_drop', 'published']);
    expect((await request('GET', `/v1/listings/${draft.id}`)).status).toBe(200);
    const again = await act(draft.id, 'publish');
    expectProblem(again, 409);
    expect(again.body.code).toBe('listing_transition_refused');
    expect(await typesOf(draft.id)).toEqual(['listing.created', 'listing.edited', 'listing.price_changed', 'listing.published']);
  });

  test('withdraw hides an active listing; relist reviews it again and queues it as published again', async () => {
    const listing = await makeListing(request, seller);
    const withdrawn = await act(listing.id, 'withdraw');
    expect(withdrawn.body.status).toBe('withdrawn');
    expectProblem(await request('GET', `/v1/listings/${listing.id}`), 404);
    expectProblem(await act(listing.id, 'withdraw'), 409);
    expectProblem(await act(listing.id, 'mark-sold'), 409);
    expectProblem(await act(listing.id, 'publish'), 409);
    // Still editable while withdrawn, and it stays withdrawn.
    expect((await edit(listing.id, { title: 'Vintage camera, new strap' })).body.status).toBe('withdrawn');
    expect((await act(listing.id, 'relist')).body.status).toBe('active');
    expectProblem(await act(listing.id, 'relist'), 409);
    expect((await changesOf(listing.id)).map((c) => c.kind)).toEqual(['published', 'published']);
    expect(await typesOf(listing.id)).toEqual(['listing.created', 'listing.withdrawn', 'listing.edited', 'listing.relisted']);
  });

  test('a listing waiting for review can be withdrawn; relisting sends it back to review, not live', async () => {
    const listing = await makeListing(request, seller, { description: 'Mail me at seller@example.com' });
    expect(listing.status).toBe('pending_review');
    expect((await act(listing.id, 'withdraw')).body.status).toBe('withdrawn');
    const relisted = await act(listing.id, 'relist');
    expect(relisted.body.status).toBe('pending_review');
    expect(await changesOf(listing.id)).toEqual([]);
  });

  test('mark sold ends an active listing, never one a buyer’s order holds; nobody else can drive a seller’s listing', async () => {
    const buyer = await registerUser(request);
    const sold = await makeListing(request, seller);
    expectProblem(await act(sold.id, 'mark-sold', buyer.token), 404);
    expectProblem(await act(sold.id, 'withdraw', buyer.token), 404);
    expect((await act(sold.id, 'mark-sold')).body.status).toBe('sold');
    expectProblem(await act(sold.id, 'withdraw'), 409);
    expectProblem(await act(sold.id, 'relist'), 409);

    const reserved = await makeListing(request, seller);
    expect((await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: reserved.id } })).status).toBe(201);
    const refused = await act(reserved.id, 'mark-sold');
    expectProblem(refused, 409);
    expect(refused.body.code).toBe('listing_transition_refused');
    expectProblem(await act(reserved.id, 'withdraw'), 409);
    expect(await typesOf(sold.id)).toEqual(['listing.created', 'listing.marked_sold']);
  });

  test('price history is public for a visible listing, oldest first', async () => {
    const listing = await makeListing(request, seller);
    await edit(listing.id, { price: { amount: 10_000, currency: 'EUR' } });
    const res = await request('GET', `/v1/listings/${listing.id}/price-history`);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      { price: { amount: 12_500, currency: 'EUR' }, changed_at: expect.any(String) },
      { price: { amount: 10_000, currency: 'EUR' }, changed_at: expect.any(String) },
    ]);
    expectProblem(await request('GET', '/v1/listings/7f0c5a52-1c5a-4cb4-9d5f-0b5ec9d1b8a1/price-history'), 404);
  });
});

describe('POST /v1/categories/suggest', () => {
  const suggest = (body: unknown, token: string) => request('POST', '/v1/categories/suggest', { token, body });

  test('ranks the three likeliest leaves with their paths; bad input names the field; the route has its own budget', async () => {
    const user = await registerUser(request);
    const res = await suggest({ title: 'Canon EOS 5D camera body' }, user.token);
    expect(res.status).toBe(200);
    expect(res.body.model).toBe('category-nb-v1');
    expect(res.body.data).toHaveLength(3);
    expect(res.body.data[0]).toMatchObject({ slug: 'cameras', name: 'Cameras', path: [{ slug: 'electronics' }, { slug: 'cameras' }] });
    expect(res.body.data[0].score).toBeGreaterThan(res.body.data[1].score);

    expectProblem(await suggest({ title: 'x' }, user.token), 400, 'title');
    expect((await suggest({ title: 'Stokke high chair', description: 'Tripp Trapp, with baby set' }, user.token)).body.data[0].slug).toBe('baby');
    // Refused input is not counted: this is the third suggestion, the last of the budget of 3.
    expect((await suggest({ title: 'Oak dining table' }, user.token)).body.data[0].slug).toBe('furniture');
    const limited = await suggest({ title: 'Road bike' }, user.token);
    expectProblem(limited, 429);
    expect(limited.headers.get('retry-after')).toEqual(expect.any(String));
    expectProblem(await request('POST', '/v1/categories/suggest', { body: { title: 'Road bike' } }), 401);
  });
});
