import { randomUUID } from 'node:crypto';
import {
  type Request,
  type TestApp,
  type TestUser,
  client,
  makeStaff,
  orderAt,
  registerUser,
  startTestApp,
  manualClock,
  MINUTE,
  DAY,
  expectProblem,
  SHIP_TO,
} from '../../test/harness';

// Time is ours to move: the review window is measured on the app's clock.
const { clock, advance } = manualClock();

let app: TestApp;
let request: Request;
let moderator: TestUser;
let analyst: TestUser;

beforeAll(async () => {
  app = await startTestApp({ clock, env: { SESSION_TTL_HOURS: '100000' } });
  request = client(app.url);
  [moderator, analyst] = await Promise.all([makeStaff(app, ['moderator']), makeStaff(app, ['analyst'])]);
});
afterAll(() => app.close());

const BY_BUYER = { rating: 5, item_as_described: 5, communication: 4, shipping: 5, text: 'Exactly as described, well packed' };
const BY_SELLER = { rating: 4, communication: 4, payment: 5, text: 'Paid at once, friendly' };

const review = (user: TestUser, orderId: string, body: Record<string, unknown>) => request('POST', `/v1/orders/${orderId}/reviews`, { token: user.token, body });
const orderReviews = async (user: TestUser, orderId: string) => (await request('GET', `/v1/orders/${orderId}/reviews`, { token: user.token })).body.data as { id: string }[];
const publicReviews = async (userId: string) => (await request('GET', `/v1/users/${userId}/reviews`)).body.data as { id: string }[];
const reputation = async (userId: string) => (await request('GET', `/v1/users/${userId}/reputation`)).body;
const decide = (id: string, body: unknown, token = moderator.token) => request('POST', `/v1/admin/reviews/${id}/decision`, { token, body });
const bulk = (body: unknown, token = moderator.token) => request('POST', '/v1/admin/reviews/bulk-decision', { token, body });
const undo = (batchId: string, token = moderator.token) => request('POST', `/v1/admin/reviews/bulk-decision/${batchId}/undo`, { token });
const statusOf = async (id: string) => (await app.ctx.db.selectFrom('reviews').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
const countReviews = async () =>
  Number(
    (
      await app.ctx.db
        .selectFrom('reviews')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

/** A review the buyer leaves on a fresh completed order; flagged with `text` when that text trips a flag. */
async function flaggedReview(text = 'Contact me at bob@example.com') {
  const order = await orderAt(request, 'completed');
  const res = await review(order.buyer, order.id, { ...BY_BUYER, text });
  expect(res.body.status).toBe('flagged');
  return { ...order, reviewId: res.body.id as string };
}

describe('writing reviews', () => {
  test('each party reviews once; double-blind until both have, then visible to both parties and the public', async () => {
    const { id, buyer, seller } = await orderAt(request, 'completed');
    const first = await review(buyer, id, BY_BUYER);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ author_id: buyer.id, subject_id: seller.id, author_role: 'buyer', rating: 5, shipping: 5, payment: null, status: 'published', reply: null });
    // Hidden: the seller and the public do not see it; the author does.
    expect(ids(await orderReviews(buyer, id))).toEqual([first.body.id]);
    expect(await orderReviews(seller, id)).toEqual([]);
    expect(await publicReviews(seller.id)).toEqual([]);
    expect((await reputation(seller.id)).count).toBe(0);

    advance(MINUTE);
    const second = await review(seller, id, BY_SELLER);
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ author_role: 'seller', payment: 5, item_as_described: null, shipping: null });
    for (const party of [buyer, seller]) expect(ids(await orderReviews(party, id)).sort()).toEqual([first.body.id, second.body.id].sort());
    expect(ids(await publicReviews(seller.id))).toEqual([first.body.id]);
    expect(ids(await publicReviews(buyer.id))).toEqual([second.body.id]);
    expect(await reputation(seller.id)).toMatchObject({ count: 1, average: 5, score: 4.17, sub_ratings: { item_as_described: 5, communication: 4, shipping: 5, payment: null } });

    expectProblem(await review(buyer, id, BY_BUYER), 409);
    const events = await app.ctx.db.selectFrom('outbox').select('event_type').where('aggregate_id', '=', first.body.id).execute();
    expect(events).toEqual([{ event_type: 'review.submitted' }]);
  });

  test('both parties reviewing at the same moment: both reviews end up visible', async () => {
    const { id, buyer, seller } = await orderAt(request, 'completed');
    const [b, s] = await Promise.all([review(buyer, id, BY_BUYER), review(seller, id, BY_SELLER)]);
    expect([b.status, s.status]).toEqual([201, 201]);
    expect(ids(await orderReviews(buyer, id)).sort()).toEqual([b.body.id, s.body.id].sort());
    expect(ids(await orderReviews(seller, id)).sort()).toEqual([b.body.id, s.body.id].sort());
  });

  test('alone, a review becomes visible when the window closes; after it no one may review', async () => {
    const { id, buyer, seller } = await orderAt(request, 'completed');
    const only = await review(buyer, id, BY_BUYER);
    advance(14 * DAY - MINUTE);
    expect(await publicReviews(seller.id)).toEqual([]);
    expect(await orderReviews(seller, id)).toEqual([]);
    advance(MINUTE);
    expect(ids(await publicReviews(seller.id))).toEqual([only.body.id]);
    expect(ids(await orderReviews(seller, id))).toEqual([only.body.id]);
    const late = await review(seller, id, BY_SELLER);
    expectProblem(late, 409);
    expect(late.body.code).toBe('review_window_closed');
  });

  test('not a party → 404, not completed → 409, unknown order → 404; nothing written', async () => {
    const completed = await orderAt(request, 'completed');
    const delivered = await orderAt(request, 'delivered');
    const before = await countReviews();
    expectProblem(await review(await registerUser(request), completed.id, BY_BUYER), 404);
    const early = await review(delivered.buyer, delivered.id, BY_BUYER);
    expectProblem(early, 409);
    expect(early.body.code).toBe('order_not_completed');
    expectProblem(await review(completed.buyer, randomUUID(), BY_BUYER), 404);
    expect(await countReviews()).toBe(before);
  });

  test('sub-ratings follow the author’s side; bad input names the field; nothing written', async () => {
    const { id, buyer, seller } = await orderAt(request, 'completed');
    const before = await countReviews();
    expectProblem(await review(buyer, id, { ...BY_BUYER, shipping: undefined }), 422, 'shipping');
    expectProblem(await review(buyer, id, { ...BY_BUYER, payment: 3 }), 422, 'payment');
    expectProblem(await review(seller, id, { ...BY_SELLER, item_as_described: 3 }), 422, 'item_as_described');
    expectProblem(await review(seller, id, { ...BY_SELLER, payment: undefined }), 422, 'payment');
    expectProblem(await review(buyer, id, { ...BY_BUYER, rating: 6 }), 400, 'rating');
    expectProblem(await review(buyer, id, { ...BY_BUYER, rating: 4.5 }), 400, 'rating');
    expectProblem(await review(buyer, id, { ...BY_BUYER, text: '   ' }), 400, 'text');
    expectProblem(await review(buyer, id, { ...BY_BUYER, stars: 5 }), 400, 'stars');
    expectProblem(await request('POST', '/v1/orders/not-a-uuid/reviews', { token: buyer.token, body: BY_BUYER }), 400, 'params.id');
    expect(await countReviews()).toBe(before);
  });

  test('the reviewed party replies once, only after the review is visible; nobody else may', async () => {
    const { id, buyer, seller } = await orderAt(request, 'completed');
    const byBuyer = (await review(buyer, id, BY_BUYER)).body.id;
    const reply = (user: TestUser, text = 'Thank you!') => request('POST', `/v1/reviews/${byBuyer}/reply`, { token: user.token, body: { text } });
    expectProblem(await reply(seller), 404);
    await review(seller, id, BY_SELLER);
    expectProblem(await reply(buyer), 404);
    expectProblem(await reply(await registerUser(request)), 404);
    expectProblem(await reply(seller, 'Call me on 0151 2345 6789 next time'), 422, 'text');
    const ok = await reply(seller);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ reply: 'Thank you!', replied_at: clock.now().toISOString() });
    expectProblem(await reply(seller, 'Again'), 409);
    expect((await publicReviews(seller.id))[0]).toMatchObject({ id: byBuyer, reply: 'Thank you!' });
  });
});

describe('automatic flags', () => {
  test.each([
    ['contact details', 'Whatsapp me for a discount next time', ['contact_details']],
    ['a link', 'Cheaper at www.bargains.example.com', ['link']],
    ['profanity', 'Shit packaging but the item is fine', ['profanity']],
  ])('%s → flagged and held out of public view', async (_name, text, flags) => {
    const { id, buyer, seller } = await orderAt(request, 'completed');
    const res = await review(buyer, id, { ...BY_BUYER, text });
    expect(res.body.status).toBe('flagged');
    await review(seller, id, BY_SELLER);
    expect(await publicReviews(seller.id)).toEqual([]);
    expect(await orderReviews(seller, id)).toEqual([expect.objectContaining({ author_id: seller.id })]);
    const queued = (await request('GET', '/v1/admin/reviews?status=flagged&limit=100', { token: moderator.token })).body.data.find((r: { id: string }) => r.id === res.body.id);
    expect(queued).toMatchObject({ flags, text, author_id: buyer.id, subject_id: seller.id, order_id: id, listing_title: 'Vintage camera' });
  });

  test('accounts that registered or signed in on one device are flagged; the raw device id is not stored', async () => {
    const device = `device-${randomUUID()}`;
    const seller = await registerUser(request, { deviceId: device });
    const buyer = await registerUser(request);
    // The buyer signs in from the seller's device later.
    expect((await request('POST', '/v1/auth/login', { headers: { 'X-Device-Id': device }, body: { email: buyer.email, password: 'correct horse battery' } })).status).toBe(200);
    const { id } = await orderAt(request, 'completed', { seller, buyer });
    const res = await review(buyer, id, BY_BUYER);
    expect(res.body.status).toBe('flagged');
    expect((await app.ctx.db.selectFrom('reviews').select('flags').where('id', '=', res.body.id).executeTakeFirstOrThrow()).flags).toEqual(['shared_device']);
    const stored = await app.ctx.db.selectFrom('user_fingerprints').select(['kind', 'hash']).where('user_id', 'in', [buyer.id, seller.id]).execute();
    expect(stored).toHaveLength(2);
    expect(stored.every((f) => f.kind === 'device' && f.hash !== device && !f.hash.includes(device))).toBe(true);

    const withBadDevice = await request('POST', '/v1/auth/register', {
      headers: { 'X-Device-Id': 'has spaces in it' },
      body: { email: `d-${randomUUID()}@example.test`, password: 'correct horse battery', display_name: 'D' },
    });
    expectProblem(withBadDevice, 400, 'header.X-Device-Id');
  });

  test('a card the provider fingerprints links its payers; the shared test tokens do not', async () => {
    const [seller, buyer, other] = await Promise.all([registerUser(request), registerUser(request), registerUser(request)]);
    const card = `pm_card_fp_${randomUUID().replace(/-/g, '')}`;
    // Buyer and seller each pay an order of `other` with the same card.
    for (const payer of [buyer, seller]) {
      const listing = (
        await request('POST', '/v1/listings', {
          token: other.token,
          body: { title: 'Lamp', description: 'Brass', price: { amount: 2_000, currency: 'EUR' }, category: 'furniture', condition: 'good' },
        })
      ).body;
      const order = (await request('POST', '/v1/orders', { token: payer.token, body: { listing_id: listing.id } })).body;
      expect((await request('POST', `/v1/orders/${order.id}/pay`, { token: payer.token, body: { payment_method: card, shipping_address: SHIP_TO } })).status).toBe(200);
    }
    // pm_card_visa (used by orderAt for everyone) left no card fingerprint.
    const cards = await app.ctx.db.selectFrom('user_fingerprints').select('user_id').where('kind', '=', 'card').where('user_id', 'in', [buyer.id, seller.id, other.id]).execute();
    expect(cards.map((c) => c.user_id).sort()).toEqual([buyer.id, seller.id].sort());

    const { id } = await orderAt(request, 'completed', { seller, buyer });
    const res = await review(buyer, id, BY_BUYER);
    expect((await app.ctx.db.selectFrom('reviews').select('flags').where('id', '=', res.body.id).executeTakeFirstOrThrow()).flags).toEqual(['shared_card']);
    // Two strangers who both paid with pm_card_visa are not linked.
    const plain = await orderAt(request, 'completed');
    expect((await review(plain.buyer, plain.id, BY_BUYER)).body.status).toBe('published');
  });

  test('the fifth review for one seller within the burst window is flagged', async () => {
    const seller = await registerUser(request);
    const statuses: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const { id, buyer } = await orderAt(request, 'completed', { seller });
      statuses.push((await review(buyer, id, BY_BUYER)).body.status);
    }
    expect(statuses).toEqual(['published', 'published', 'published', 'published', 'flagged']);
    // An hour later the count starts over.
    advance(61 * MINUTE);
    const { id, buyer } = await orderAt(request, 'completed', { seller });
    expect((await review(buyer, id, BY_BUYER)).body.status).toBe('published');
  });
});

describe('reputation', () => {
  test('excludes removed reviews and reviews by accounts confirmed fraudulent', async () => {
    const seller = await registerUser(request);
    const reviewed: { id: string; orderId: string; buyer: TestUser }[] = [];
    for (const rating of [5, 4, 1]) {
      const { id, buyer } = await orderAt(request, 'completed', { seller });
      reviewed.push({ id: (await review(buyer, id, { ...BY_BUYER, rating })).body.id, orderId: id, buyer });
      await review(seller, id, BY_SELLER);
    }
    expect(await reputation(seller.id)).toMatchObject({ count: 3, average: 3.33, score: 3.75, prior: { mean: 4, weight: 5 } });

    expect((await decide(reviewed[2]!.id, { decision: 'remove', reason: 'retaliation' })).status).toBe(200);
    expect(await reputation(seller.id)).toMatchObject({ count: 2, average: 4.5 });
    expect(ids(await publicReviews(seller.id))).not.toContain(reviewed[2]!.id);

    // The 5-star author is confirmed a fraudster (a case on some order of theirs).
    await app.ctx.db
      .insertInto('fraud_cases')
      .values({
        order_id: reviewed[0]!.orderId,
        subject_user_id: reviewed[0]!.buyer.id,
        status: 'closed',
        reason: 'test',
        risk_score: 99,
        model_version: 'test',
        decision: 'confirm_fraud',
        decision_note: 'ring',
        decided_by: moderator.id,
        decided_at: clock.now(),
        created_at: clock.now(),
      })
      .execute();
    expect(await reputation(seller.id)).toMatchObject({ count: 1, average: 4, score: 4 });
  });

  test('unknown user → 404', async () => {
    expectProblem(await request('GET', `/v1/users/${randomUUID()}/reputation`), 404);
    expectProblem(await request('GET', `/v1/users/${randomUUID()}/reviews`), 404);
  });

  test('public reviews page by keyset', async () => {
    const seller = await registerUser(request);
    const all: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { id, buyer } = await orderAt(request, 'completed', { seller });
      all.push((await review(buyer, id, BY_BUYER)).body.id);
      await review(seller, id, BY_SELLER);
      advance(MINUTE);
    }
    const first = await request('GET', `/v1/users/${seller.id}/reviews?limit=2`);
    expect(ids(first.body.data)).toEqual([all[2], all[1]]);
    const second = await request('GET', `/v1/users/${seller.id}/reviews?limit=2&cursor=${first.body.next_cursor}`);
    expect(second.body).toMatchObject({ data: [{ id: all[0] }], next_cursor: null });
  });
});

describe('moderation', () => {
  test('publish and remove one review, attributable; remove needs a reason; a repeat is a 409', async () => {
    const { reviewId, seller } = await flaggedReview();
    expectProblem(await decide(reviewId, { decision: 'remove' }), 400, 'reason');
    expectProblem(await decide(reviewId, { decision: 'hide', reason: 'x' }), 400, 'decision');
    const published = await decide(reviewId, { decision: 'publish' });
    expect(published.body).toMatchObject({ status: 'published', decided_by: moderator.id, flags: ['contact_details'] });
    expectProblem(await decide(reviewId, { decision: 'publish' }), 409);
    advance(14 * DAY);
    expect(ids(await publicReviews(seller.id))).toEqual([reviewId]);
    const removed = await decide(reviewId, { decision: 'remove', reason: 'contact details' });
    expect(removed.body).toMatchObject({ status: 'removed', removed_reason: 'contact details' });
    expect(await publicReviews(seller.id)).toEqual([]);
    const audit = await app.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('entity_type', '=', 'review')
      .where('entity_id', '=', reviewId)
      .orderBy('created_at')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['review.publish', 'review.remove']);
    expect(audit.every((a) => a.actor_id === moderator.id)).toBe(true);
    const events = await app.ctx.db.selectFrom('outbox').select('event_type').where('aggregate_type', '=', 'review').where('aggregate_id', '=', reviewId).execute();
    expect(events.map((e) => e.event_type).sort()).toEqual(['review.published', 'review.removed', 'review.submitted']);
    expectProblem(await decide(randomUUID(), { decision: 'publish' }), 404);
  });

  test('bulk publish in one batch, then undo restores what nobody changed since and skips the rest', async () => {
    const [a, b, c] = [await flaggedReview(), await flaggedReview(), await flaggedReview()];
    const batch = await bulk({ ids: [a.reviewId, b.reviewId, a.reviewId], decision: 'publish' });
    expect(batch.status).toBe(200);
    expect(batch.body).toMatchObject({ skipped: [] });
    expect(batch.body.applied.sort()).toEqual([a.reviewId, b.reviewId].sort());
    expect([await statusOf(a.reviewId), await statusOf(b.reviewId)]).toEqual(['published', 'published']);

    // Someone removes b after the batch: undo must not resurrect the batch's "published" over it.
    await decide(b.reviewId, { decision: 'remove', reason: 'spam' });
    const undone = await undo(batch.body.batch_id);
    expect(undone.body).toEqual({ batch_id: batch.body.batch_id, restored: [a.reviewId], skipped: [{ id: b.reviewId, reason: 'changed_since' }] });
    expect([await statusOf(a.reviewId), await statusOf(b.reviewId)]).toEqual(['flagged', 'removed']);
    expectProblem(await undo(batch.body.batch_id), 409);
    expectProblem(await undo(randomUUID()), 404);

    // A bulk removal with an already-removed review reports it skipped; undo puts c back to flagged.
    const removal = await bulk({ ids: [b.reviewId, c.reviewId], decision: 'remove', reason: 'off-platform contact' });
    expect(removal.body).toMatchObject({ applied: [c.reviewId], skipped: [{ id: b.reviewId, reason: 'already_in_status' }] });
    expect((await undo(removal.body.batch_id)).body).toMatchObject({ restored: [c.reviewId], skipped: [] });
    expect(await app.ctx.db.selectFrom('reviews').select(['status', 'removed_reason']).where('id', '=', c.reviewId).executeTakeFirstOrThrow()).toEqual({
      status: 'flagged',
      removed_reason: null,
    });
  });

  test('a bulk call with an unknown id or bad input changes nothing', async () => {
    const { reviewId } = await flaggedReview();
    expectProblem(await bulk({ ids: [reviewId, randomUUID()], decision: 'publish' }), 422, 'ids');
    expectProblem(await bulk({ ids: [reviewId], decision: 'remove' }), 400, 'reason');
    expectProblem(await bulk({ ids: [], decision: 'publish' }), 400, 'ids');
    expectProblem(await bulk({ ids: Array.from({ length: 101 }, () => randomUUID()), decision: 'publish' }), 400, 'ids');
    expect(await statusOf(reviewId)).toBe('flagged');
  });

  test('a moderator may not decide on a review by or about them: 404 alone, 422 unknown_reviews in bulk, and nothing changes', async () => {
    const modBuyer = await makeStaff(app, ['moderator']);
    const order = await orderAt(request, 'completed', { buyer: modBuyer });
    const flagged = await review(modBuyer, order.id, { ...BY_BUYER, text: 'Contact me at bob@example.com' });
    expect(flagged.body.status).toBe('flagged');
    expectProblem(await decide(flagged.body.id, { decision: 'publish' }, modBuyer.token), 404);
    expectProblem(await bulk({ ids: [flagged.body.id], decision: 'publish' }, modBuyer.token), 422, 'ids');
    expect(await statusOf(flagged.body.id)).toBe('flagged');
  });

  test('staff without reviews.moderate get 403 and nothing changes', async () => {
    const { reviewId } = await flaggedReview();
    const batch = (await bulk({ ids: [reviewId], decision: 'publish' })).body.batch_id;
    expect(await statusOf(reviewId)).toBe('published');
    const auditBefore = (await app.ctx.db.selectFrom('audit_log').select('id').where('entity_id', '=', reviewId).execute()).length;
    expectProblem(await decide(reviewId, { decision: 'remove', reason: 'x' }, analyst.token), 403);
    expectProblem(await bulk({ ids: [reviewId], decision: 'remove', reason: 'x' }, analyst.token), 403);
    expectProblem(await undo(batch, analyst.token), 403);
    expectProblem(await request('GET', '/v1/admin/reviews', { token: analyst.token }), 403);
    expect(await statusOf(reviewId)).toBe('published');
    expect((await app.ctx.db.selectFrom('audit_log').select('id').where('entity_id', '=', reviewId).execute()).length).toBe(auditBefore);
  });

  test('the queue filters by status; the user view lists reviews by and about a user in any status', async () => {
    const { reviewId, buyer, seller } = await flaggedReview();
    const queue = async (status: string) => ids((await request('GET', `/v1/admin/reviews?status=${status}&limit=100`, { token: moderator.token })).body.data);
    expect(await queue('flagged')).toContain(reviewId);
    await decide(reviewId, { decision: 'remove', reason: 'contact' });
    expect(await queue('flagged')).not.toContain(reviewId);
    expect(await queue('removed')).toContain(reviewId);
    expectProblem(await request('GET', '/v1/admin/reviews?status=hidden', { token: moderator.token }), 400, 'query.status');
    for (const user of [buyer, seller]) {
      const mine = await request('GET', `/v1/admin/users/${user.id}/reviews`, { token: moderator.token });
      expect(mine.body.data).toEqual([expect.objectContaining({ id: reviewId, status: 'removed', removed_reason: 'contact' })]);
    }
    expectProblem(await request('GET', `/v1/admin/users/${randomUUID()}/reviews`, { token: moderator.token }), 404);
  });
});

describe('reporting a review', () => {
  test('a visible review can be reported by anyone but its author; it goes back to the queue flagged `reported`', async () => {
    const { id, buyer, seller } = await orderAt(request, 'completed');
    const reviewId = (await review(buyer, id, BY_BUYER)).body.id;
    const stranger = await registerUser(request);
    const report = (user: TestUser) => request('POST', '/v1/reports', { token: user.token, body: { target_type: 'review', target_id: reviewId, reason: 'harassment' } });
    // Still hidden: it does not exist for anyone but its author.
    expectProblem(await report(stranger), 404);
    expectProblem(await report(seller), 404);
    expectProblem(await report(buyer), 422, 'target_id');
    await review(seller, id, BY_SELLER);
    const reported = await report(seller);
    expect(reported.status).toBe(201);
    expect(await app.ctx.db.selectFrom('reviews').select(['status', 'flags']).where('id', '=', reviewId).executeTakeFirstOrThrow()).toEqual({
      status: 'flagged',
      flags: ['reported'],
    });
    expect(await publicReviews(seller.id)).toEqual([]);
    // Once held it is no longer visible, so a second reporter finds nothing.
    expectProblem(await report(stranger), 404);
    expect((await decide(reviewId, { decision: 'publish', reason: 'fair criticism' })).body.status).toBe('published');
    expect(ids(await publicReviews(seller.id))).toEqual([reviewId]);
  });
});
