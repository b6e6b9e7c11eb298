import { randomUUID } from 'node:crypto';
import { type Request, type TestApp, type TestUser, client, makeListing, makeStaff, orderAt, registerUser, startTestApp, expectProblem, SHIP_TO } from '../../test/harness';

// Production defaults for review (no auto-approve); one completed sale makes a seller established here,
// so the test can make one cheaply.
let app: TestApp;
let request: Request;
let moderator: TestUser;
let analyst: TestUser;
let established: TestUser;

beforeAll(async () => {
  app = await startTestApp({ env: { LISTING_AUTO_APPROVE: 'false', LISTING_REVIEW_UNTIL_SALES: '1' } });
  request = client(app.url);
  [moderator, analyst] = await Promise.all([makeStaff(app, ['moderator']), makeStaff(app, ['analyst'])]);
  established = await registerUser(request);
  const first = await makeListing(request, established);
  await decide(first.id, { decision: 'approve' });
  await completeSaleOf(first.id, established);
});
afterAll(() => app.close());

const decide = (id: string, body: unknown, token = moderator.token) => request('POST', `/v1/admin/listings/${id}/decision`, { token, body });
const bulk = (body: unknown, token = moderator.token) => request('POST', '/v1/admin/listings/bulk-decision', { token, body });
const undo = (batchId: string, token = moderator.token) => request('POST', `/v1/admin/listings/bulk-decision/${batchId}/undo`, { token });
const queue = (query = '', token = moderator.token) => request('GET', `/v1/admin/listings${query}`, { token });
const publicGet = (id: string) => request('GET', `/v1/listings/${id}`);
const mine = async (seller: TestUser) => (await request('GET', '/v1/me/listings?limit=100', { token: seller.token })).body.data as any[];
const statusOf = async (id: string) => (await app.ctx.db.selectFrom('listings').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
const order = (buyer: TestUser, listingId: string) => request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listingId } });

async function completeSaleOf(listingId: string, seller: TestUser) {
  const buyer = await registerUser(request);
  const id = (await order(buyer, listingId)).body.id;
  for (const [actor, action, body] of [
    [buyer, 'pay', { payment_method: 'pm_card_visa', shipping_address: SHIP_TO }],
    [seller, 'ship', { carrier: 'DHL', tracking_number: '1234567890' }],
    [buyer, 'confirm-delivery', {}],
    [buyer, 'complete', {}],
  ] as const) {
    const res = await request('POST', `/v1/orders/${id}/${action}`, { token: actor.token, body });
    if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

describe('who waits for review', () => {
  test('a new seller’s listing waits, invisible to everyone but its seller and not orderable; no existence leak', async () => {
    const seller = await registerUser(request);
    const stranger = await registerUser(request);
    const listing = await makeListing(request, seller, { title: 'Quiet little synthesizer' });
    expect(listing).toMatchObject({ status: 'pending_review', moderation_note: null });

    const unknown = randomUUID();
    const hidden = await publicGet(listing.id);
    expectProblem(hidden, 404);
    const { code, detail } = (await publicGet(unknown)).body;
    expect(hidden.body).toMatchObject({ code, detail });
    const search = await request('GET', '/v1/listings?q=synthesizer');
    expect(search.body.data.map((l: { id: string }) => l.id)).not.toContain(listing.id);

    const refused = await order(stranger, listing.id);
    const refusedUnknown = await order(stranger, unknown);
    expectProblem(refused, 404);
    expect(refused.body.code).toBe(refusedUnknown.body.code);
    expect(await statusOf(listing.id)).toBe('pending_review');
    // Reporting it would confirm it exists.
    expectProblem(await request('POST', '/v1/reports', { token: stranger.token, body: { target_type: 'listing', target_id: listing.id, reason: 'spam' } }), 404);
    // Its seller sees it, and so do moderators, with the reason it waits.
    expect((await mine(seller)).map((l) => [l.id, l.status])).toEqual([[listing.id, 'pending_review']]);
    const queued = (await queue('?status=pending_review&limit=100')).body.data.find((l: { id: string }) => l.id === listing.id);
    expect(queued).toMatchObject({ flags: ['new_seller'], open_reports: 0, seller: { id: seller.id, email: seller.email }, price: { amount: 12_500, currency: 'EUR' } });
  });

  test('an established seller’s clean listing is live at once', async () => {
    const listing = await makeListing(request, established, { title: 'Walnut bookshelf', category: 'furniture' });
    expect(listing.status).toBe('active');
    expect((await publicGet(listing.id)).status).toBe(200);
  });

  test.each([
    ['prohibited_item', { title: 'Replica designer watch' }],
    ['prohibited_item', { description: 'Old air rifle, works fine' }],
    ['contact_details', { description: 'Write me at deals@example.com for a better price' }],
    ['contact_details', { description: 'More photos on https://photos.example.net/x' }],
    ['contact_details', { description: 'Call +49 30 1234 5678 evenings' }],
  ])('a listing flagged %s waits even from an established seller (%j)', async (flag, overrides) => {
    const listing = await makeListing(request, established, overrides);
    expect(listing.status).toBe('pending_review');
    const row = await app.ctx.db.selectFrom('listings').select('moderation_flags').where('id', '=', listing.id).executeTakeFirstOrThrow();
    expect(row.moderation_flags).toEqual([flag]);
  });

  test('a price far below the category median waits; with too few listings to compare, it does not', async () => {
    const cheapFirst = await makeListing(request, established, { category: 'instruments', price: { amount: 100, currency: 'GBP' } });
    expect(cheapFirst.status).toBe('active');
    for (let i = 0; i < 10; i++) await makeListing(request, established, { category: 'instruments', price: { amount: 20_000, currency: 'GBP' } });
    const bait = await makeListing(request, established, { category: 'instruments', price: { amount: 1_000, currency: 'GBP' } });
    expect(bait.status).toBe('pending_review');
    // The seller's account is minutes old: asking 5% of the median, the seller-risk score flags it too.
    expect((await queue('?limit=100')).body.data.find((l: { id: string }) => l.id === bait.id).flags).toEqual(['price_far_below_median', 'seller_risk']);
    const fair = await makeListing(request, established, { category: 'instruments', price: { amount: 15_000, currency: 'GBP' } });
    expect(fair.status).toBe('active');
  });

  test('enough open reports send a live listing back to review', async () => {
    const listing = await makeListing(request, established, { title: 'Signed football', category: 'bikes' });
    for (let i = 0; i < 3; i++) {
      expect(await statusOf(listing.id)).toBe('active');
      const res = await request('POST', '/v1/reports', {
        token: (await registerUser(request)).token,
        body: { target_type: 'listing', target_id: listing.id, reason: 'counterfeit' },
      });
      expect(res.status).toBe(201);
    }
    expect(await statusOf(listing.id)).toBe('pending_review');
    expectProblem(await publicGet(listing.id), 404);
    const queued = (await queue('?limit=100')).body.data.find((l: { id: string }) => l.id === listing.id);
    expect(queued).toMatchObject({ flags: ['reported'], open_reports: 3 });
    const events = await app.ctx.db.selectFrom('outbox').select('event_type').where('aggregate_id', '=', listing.id).orderBy('id').execute();
    expect(events.map((e) => e.event_type)).toEqual(['listing.created', 'listing.held_for_review']);

    // Approved anyway: a further report goes to the report queue but does not hold the listing again.
    await decide(listing.id, { decision: 'approve' });
    expect(
      (await request('POST', '/v1/reports', { token: (await registerUser(request)).token, body: { target_type: 'listing', target_id: listing.id, reason: 'spam' } })).status,
    ).toBe(201);
    expect(await statusOf(listing.id)).toBe('active');
  });
});

describe('decisions', () => {
  test('request changes → the seller sees the note and edits → back in review → approve: live and orderable, all audited and published', async () => {
    const seller = await registerUser(request);
    const listing = await makeListing(request, seller, { title: 'Camera body' });
    expectProblem(await decide(listing.id, { decision: 'request_changes' }), 400, 'note');
    expectProblem(await decide(listing.id, { decision: 'reject', note: '  ' }), 400, 'note');
    expectProblem(await decide(listing.id, { decision: 'ban', note: 'x' }), 400, 'decision');

    const sent = await decide(listing.id, { decision: 'request_changes', note: 'Add the shutter count and real photos' });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: 'changes_requested', moderation_note: 'Add the shutter count and real photos' });
    expect((await mine(seller))[0]).toMatchObject({ id: listing.id, status: 'changes_requested', moderation_note: 'Add the shutter count and real photos' });
    expectProblem(await publicGet(listing.id), 404);

    // Only the seller edits, and only with valid fields.
    const stranger = await registerUser(request);
    expectProblem(await request('PATCH', `/v1/listings/${listing.id}`, { token: stranger.token, body: { title: 'Mine now' } }), 404);
    expectProblem(await request('PATCH', `/v1/listings/${listing.id}`, { token: seller.token, body: {} }), 400);
    expectProblem(await request('PATCH', `/v1/listings/${listing.id}`, { token: seller.token, body: { price: { amount: -1, currency: 'EUR' } } }), 400, 'price.amount');
    expectProblem(await request('PATCH', `/v1/listings/${listing.id}`, { token: seller.token, body: { status: 'active' } }), 400, 'status');
    const edited = await request('PATCH', `/v1/listings/${listing.id}`, {
      token: seller.token,
      body: { description: 'Shutter count 1200, photos attached', price: { amount: 11_000, currency: 'EUR' } },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      status: 'pending_review',
      description: 'Shutter count 1200, photos attached',
      price: { amount: 11_000, currency: 'EUR' },
      title: 'Camera body',
    });

    const approved = await decide(listing.id, { decision: 'approve' });
    expect(approved.body).toMatchObject({ status: 'active', moderation_note: null });
    expect((await publicGet(listing.id)).status).toBe(200);
    expect((await order(stranger, listing.id)).status).toBe(201);
    expectProblem(await decide(listing.id, { decision: 'reject', note: 'too late' }), 409);

    const audit = await app.ctx.db.selectFrom('audit_log').select(['actor_id', 'action', 'entity_type', 'details']).where('entity_id', '=', listing.id).orderBy('id').execute();
    expect(audit).toEqual([
      {
        actor_id: moderator.id,
        action: 'listing.request_changes',
        entity_type: 'listing',
        details: expect.objectContaining({ note: 'Add the shutter count and real photos', previous_status: 'pending_review', status: 'changes_requested' }),
      },
      {
        actor_id: moderator.id,
        action: 'listing.approve',
        entity_type: 'listing',
        details: expect.objectContaining({ note: null, previous_status: 'pending_review', status: 'active' }),
      },
    ]);
    const events = await app.ctx.db.selectFrom('outbox').select(['event_type', 'aggregate_type']).where('aggregate_id', '=', listing.id).orderBy('id').execute();
    expect(events.map((e) => e.event_type)).toEqual(['listing.created', 'listing.changes_requested', 'listing.edited', 'listing.price_changed', 'listing.approved']);
    expect(events.every((e) => e.aggregate_type === 'listing')).toBe(true);
  });

  test('a rejected listing shows the reason to its seller, stays hidden, and cannot be edited', async () => {
    const seller = await registerUser(request);
    const listing = await makeListing(request, seller);
    const rejected = await decide(listing.id, { decision: 'reject', note: 'Stolen goods' });
    expect(rejected.body).toMatchObject({ status: 'rejected', moderation_note: 'Stolen goods' });
    expect((await mine(seller))[0]).toMatchObject({ status: 'rejected', moderation_note: 'Stolen goods' });
    expectProblem(await publicGet(listing.id), 404);
    expectProblem(await request('PATCH', `/v1/listings/${listing.id}`, { token: seller.token, body: { title: 'Not stolen' } }), 409);
    expect((await queue('?status=rejected&limit=100')).body.data.map((l: { id: string }) => l.id)).toContain(listing.id);
  });

  test('an unknown listing is a 404; a sold one is a 409', async () => {
    expectProblem(await decide(randomUUID(), { decision: 'approve' }), 404);
    const sold = await orderAt(request, 'paid', { seller: established });
    expectProblem(await decide(sold.listingId, { decision: 'reject', note: 'x' }), 409);
  });

  test('staff without the permission are refused and nothing changes', async () => {
    const seller = await registerUser(request);
    const listing = await makeListing(request, seller);
    expectProblem(await decide(listing.id, { decision: 'approve' }, analyst.token), 403);
    expectProblem(await decide(listing.id, { decision: 'approve' }, seller.token), 403);
    expectProblem(await bulk({ ids: [listing.id], decision: 'approve' }, analyst.token), 403);
    expectProblem(await queue('', analyst.token), 403);
    expect(await statusOf(listing.id)).toBe('pending_review');
    expect(await app.ctx.db.selectFrom('listing_decisions').select('id').where('listing_id', '=', listing.id).execute()).toEqual([]);
    expect(await app.ctx.db.selectFrom('audit_log').select('id').where('entity_id', '=', listing.id).execute()).toEqual([]);
  });

  test('a moderator may not decide on their own listing: 404 alone, skipped as not_found in bulk, and nothing changes', async () => {
    const modSeller = await makeStaff(app, ['moderator']);
    const listing = await makeListing(request, modSeller);
    expect(await statusOf(listing.id)).toBe('pending_review');
    expectProblem(await decide(listing.id, { decision: 'approve' }, modSeller.token), 404);
    const own = await bulk({ ids: [listing.id], decision: 'approve' }, modSeller.token);
    expect([own.status, own.body]).toEqual([200, { batch_id: null, applied: [], skipped: [{ id: listing.id, reason: 'not_found' }] }]);
    expect(await statusOf(listing.id)).toBe('pending_review');
    expect(await app.ctx.db.selectFrom('listing_decisions').select('id').where('listing_id', '=', listing.id).execute()).toEqual([]);
  });

  test('bad queue queries name the field', async () => {
    expectProblem(await queue('?status=sold'), 400, 'query.status');
    expectProblem(await queue('?cursor=nope'), 400, 'query.cursor');
  });
});

describe('bulk decisions and undo', () => {
  test('bulk-approve, skip what does not apply, then undo restores what is unchanged and skips what changed', async () => {
    const seller = await registerUser(request);
    const [a, b, c] = [await makeListing(request, seller), await makeListing(request, seller), await makeListing(request, seller)];
    await decide(c.id, { decision: 'reject', note: 'Duplicate' });
    const missing = randomUUID();

    const res = await bulk({ ids: [a.id, b.id, c.id, missing], decision: 'approve' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      batch_id: expect.any(String),
      applied: [a.id, b.id, c.id],
      skipped: [{ id: missing, reason: 'not_found' }],
    });
    expect([await statusOf(a.id), await statusOf(b.id), await statusOf(c.id)]).toEqual(['active', 'active', 'active']);

    // The seller edits b after the decision: undo must not overwrite that.
    await request('PATCH', `/v1/listings/${b.id}`, { token: seller.token, body: { title: 'Better title' } });
    const undone = await undo(res.body.batch_id);
    expect(undone.status).toBe(200);
    expect(undone.body).toEqual({ batch_id: res.body.batch_id, restored: expect.arrayContaining([a.id, c.id]), skipped: [{ id: b.id, reason: 'changed_since' }] });
    expect(undone.body.restored).toHaveLength(2);
    expect(await statusOf(a.id)).toBe('pending_review');
    expect((await mine(seller)).find((l) => l.id === c.id)).toMatchObject({ status: 'rejected', moderation_note: 'Duplicate' });
    expectProblem(await undo(res.body.batch_id), 409);
    expectProblem(await undo(randomUUID()), 404);

    const audit = await app.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', a.id).orderBy('id').execute();
    expect(audit.map((e) => e.action)).toEqual(['listing.approve', 'listing.undo']);
  });

  test('bulk with nothing applicable records no batch; bad bulk bodies name the field', async () => {
    const res = await bulk({ ids: [randomUUID()], decision: 'approve' });
    expect(res.body).toMatchObject({ batch_id: null, applied: [] });
    expectProblem(await bulk({ ids: [], decision: 'approve' }), 400, 'ids');
    const id = randomUUID();
    expectProblem(await bulk({ ids: [id, id], decision: 'approve' }), 400, 'ids');
    expectProblem(await bulk({ ids: Array.from({ length: 101 }, () => randomUUID()), decision: 'approve' }), 400, 'ids');
    expectProblem(await bulk({ ids: ['x'], decision: 'approve' }), 400, 'ids.0');
    expectProblem(await bulk({ ids: [id], decision: 'reject' }), 400, 'note');
  });
});

describe('with auto-approve on', () => {
  let auto: TestApp;
  beforeAll(async () => {
    auto = await startTestApp({ env: { LISTING_AUTO_APPROVE: 'true' } });
  });
  afterAll(() => auto.close());

  test('a new seller’s clean listing is live at once; a flagged one still waits', async () => {
    const r = client(auto.url);
    const seller = await registerUser(r);
    expect((await makeListing(r, seller)).status).toBe('active');
    const flagged = await makeListing(r, seller, { description: 'Cheaper on www.example.org' });
    expect(flagged.status).toBe('pending_review');
    const row = await auto.ctx.db.selectFrom('listings').select('moderation_flags').where('id', '=', flagged.id).executeTakeFirstOrThrow();
    expect(row.moderation_flags).toEqual(['new_seller', 'contact_details']);
  });
});
