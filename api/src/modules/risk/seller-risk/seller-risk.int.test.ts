import {
  DAY,
  HOUR,
  MINUTE,
  type Request,
  SHIP_TO,
  type TestApp,
  type TestUser,
  client,
  makeListing,
  makeStaff,
  manualClock,
  registerUser,
  startTestApp,
} from '../../../../../test/harness';
import { runDueJobs } from '../../../jobs';

// The seller side end to end on the real app: a payout scored at completion (longer hold, one fraud
// case with reasons), a listing scored at publication (sent to review), the staff route.
const { clock, advance, nowMs } = manualClock();
let app: TestApp;
let request: Request;
let established: TestUser;

const MEDIAN = 12_500;

beforeAll(async () => {
  app = await startTestApp({ clock, env: { SESSION_TTL_HOURS: '100000' } });
  request = client(app.url);
  // A category with a known median: a long-standing seller's 10 cameras at 125 EUR.
  established = await registerUser(request);
  await app.ctx.db
    .updateTable('users')
    .set({ created_at: new Date(nowMs() - 400 * DAY) })
    .where('id', '=', established.id)
    .execute();
  for (let i = 0; i < 10; i++) await makeListing(request, established, { price: { amount: MEDIAN, currency: 'EUR' } });
});
afterAll(() => app.close());

/** Payout details set (or changed) `hoursAgo` before now; the encrypted fields are not read by the score. */
async function payoutChanged(user: TestUser, hoursAgo: number) {
  await app.ctx.db
    .insertInto('payout_details')
    .values({
      user_id: user.id,
      key_id: 'test',
      wrapped_key: Buffer.from('k'),
      details: Buffer.from('d'),
      iban_last4: '3000',
      country: 'DE',
      updated_at: new Date(nowMs() - hoursAgo * HOUR),
    })
    .execute();
}

async function paidOrder(seller: TestUser, amount: number) {
  return buy(await makeListing(request, seller, { price: { amount, currency: 'EUR' } }));
}

async function buy(listing: { id: string }) {
  const buyer = await registerUser(request);
  const order = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
  const paid = await request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_visa', shipping_address: SHIP_TO } });
  expect(paid.body.status).toBe('paid');
  // Point in time: what happened at this instant is not yet history for a score taken later.
  advance(MINUTE);
  return { id: order.id as string, buyer };
}

async function complete(seller: TestUser, order: { id: string; buyer: TestUser }) {
  for (const [actor, action, body] of [
    [seller, 'ship', { carrier: 'DHL', tracking_number: '1234567890' }],
    [order.buyer, 'confirm-delivery', {}],
    [order.buyer, 'complete', {}],
  ] as const) {
    const res = await request('POST', `/v1/orders/${order.id}/${action}`, { token: actor.token, body });
    expect(res.status).toBe(200);
  }
  const event = await app.ctx.db.selectFrom('outbox').select('payload').where('aggregate_id', '=', order.id).where('event_type', '=', 'order.completed').executeTakeFirstOrThrow();
  return event.payload as { payout_hold_days: number; payout_hold_reasons: string[] };
}

const sellerCases = (sellerId: string) => app.ctx.db.selectFrom('fraud_cases').selectAll().where('subject_user_id', '=', sellerId).where('source', '=', 'seller_risk').execute();

describe('seller risk at payout', () => {
  test('a new seller with several open high-value sales and a fresh payout change waits longer, and one case opens with reasons', async () => {
    const seller = await registerUser(request);
    // Listed first: as the high-value sales pile up, the seller's next listings would wait for review.
    const listings = [];
    for (let i = 0; i < 4; i++) listings.push(await makeListing(request, seller, { price: { amount: 3 * MEDIAN, currency: 'EUR' } }));
    const orders = [];
    for (const listing of listings) orders.push(await buy(listing));
    await payoutChanged(seller, 5);

    const plan = await complete(seller, orders[0]!);
    // Base 2 + new seller 5 + seller risk 7 = 14 (PAYOUT_HOLD_MAX_DAYS); a new seller without it waits 7.
    expect(plan).toMatchObject({ payout_hold_days: 14, payout_hold_reasons: ['new_seller', 'seller_risk'] });
    const [score] = await app.ctx.db.selectFrom('seller_risk_scores').selectAll().where('order_id', '=', orders[0]!.id).execute();
    expect(score).toMatchObject({ seller_id: seller.id, moment: 'payout', version: 'seller-risk-v1' });
    expect(score!.score).toBeGreaterThanOrEqual(app.ctx.config.SELLER_RISK_CASE_SCORE);
    expect(score!.input).toMatchObject({ seller_completed_sales: 0, seller_open_sales: 3, seller_open_high_value_sales: 3 });

    await runDueJobs(app.ctx);
    const cases = await sellerCases(seller.id);
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ status: 'open', order_id: null, detector: 'seller_risk', risk_score: score!.score, model_version: 'seller-risk-v1' });
    expect(cases[0]!.reason).toContain('3 open sales of ≥ 2× the category median and no completed sale yet');
    expect(cases[0]!.reason).toContain('payout details changed 5 hours ago');
    expect(cases[0]!.evidence).toMatchObject({ order_id: orders[0]!.id, score_id: score!.id });

    // The next payout scores again (still high) but the seller's case is already open: no second one.
    advance(HOUR);
    await complete(seller, orders[1]!);
    await runDueJobs(app.ctx);
    expect(await app.ctx.db.selectFrom('seller_risk_scores').select('id').where('seller_id', '=', seller.id).where('moment', '=', 'payout').execute()).toHaveLength(2);
    expect(await sellerCases(seller.id)).toHaveLength(1);
    const opened = await app.ctx.db.selectFrom('outbox').select('payload').where('event_type', '=', 'fraud_case.opened').where('aggregate_id', '=', cases[0]!.id).execute();
    expect(opened).toEqual([{ payload: expect.objectContaining({ source: 'seller_risk', detector: 'seller_risk', order_id: null, subject_user_id: seller.id }) }]);
  });

  test('an established seller waits the base hold and no case opens', async () => {
    // Five completed sales make the seller established for the hold; the sixth payout is the one checked.
    for (let i = 0; i < 5; i++) await complete(established, await paidOrder(established, MEDIAN));
    const plan = await complete(established, await paidOrder(established, 3 * MEDIAN));
    expect(plan).toMatchObject({ payout_hold_days: 2, payout_hold_reasons: [] });
    await runDueJobs(app.ctx);
    expect(await sellerCases(established.id)).toEqual([]);
    const latest = await app.ctx.db.selectFrom('seller_risk_scores').selectAll().where('seller_id', '=', established.id).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    expect(latest.score).toBeLessThan(app.ctx.config.SELLER_RISK_HOLD_SCORE);
  });
});

describe('seller risk at listing publication', () => {
  test('a new seller asking far below market goes to review with a seller_risk flag; an established seller at that price does not get the flag', async () => {
    const seller = await registerUser(request);
    await payoutChanged(seller, 2);
    const bait = await makeListing(request, seller, { price: { amount: Math.round(MEDIAN * 0.3), currency: 'EUR' } });
    expect(bait.status).toBe('pending_review');
    const row = await app.ctx.db.selectFrom('listings').select('moderation_flags').where('id', '=', bait.id).executeTakeFirstOrThrow();
    expect(row.moderation_flags).toContain('seller_risk');
    const score = await app.ctx.db.selectFrom('seller_risk_scores').selectAll().where('listing_id', '=', bait.id).executeTakeFirstOrThrow();
    expect(score).toMatchObject({ seller_id: seller.id, moment: 'listing', order_id: null });
    expect(score.reasons.map((r) => r.text)).toContain('listed at 30% of the category median');
    // The moderator sees why in the review queue.
    const moderator = await makeStaff(app, ['moderator']);
    const queued = await request('GET', `/v1/admin/listings/${bait.id}`, { token: moderator.token });
    expect(queued.body).toMatchObject({ flags: expect.arrayContaining(['seller_risk']), seller_risk: { score: score.score, reasons: score.reasons.map((r) => r.text) } });

    const cheap = await makeListing(request, established, { price: { amount: Math.round(MEDIAN * 0.3), currency: 'EUR' } });
    const cheapRow = await app.ctx.db.selectFrom('listings').select(['status', 'moderation_flags']).where('id', '=', cheap.id).executeTakeFirstOrThrow();
    expect(cheapRow).toEqual({ status: 'active', moderation_flags: [] });
  });

  test('publishing a draft is scored as the listing goes to review', async () => {
    const seller = await registerUser(request);
    await payoutChanged(seller, 1);
    const draft = await makeListing(request, seller, { price: { amount: Math.round(MEDIAN * 0.3), currency: 'EUR' }, draft: true });
    expect(await app.ctx.db.selectFrom('seller_risk_scores').select('id').where('listing_id', '=', draft.id).execute()).toEqual([]);
    const published = await request('POST', `/v1/listings/${draft.id}/publish`, { token: seller.token, body: {} });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('pending_review');
    const row = await app.ctx.db.selectFrom('listings').select('moderation_flags').where('id', '=', draft.id).executeTakeFirstOrThrow();
    expect(row.moderation_flags).toContain('seller_risk');
  });
});

describe('GET /v1/admin/users/{id}/seller-risk', () => {
  test('fraud staff see the latest scores with reasons; a plain user may not', async () => {
    const seller = await registerUser(request);
    await payoutChanged(seller, 3);
    await makeListing(request, seller, { price: { amount: Math.round(MEDIAN * 0.3), currency: 'EUR' } });
    const analyst = await makeStaff(app, ['analyst']);
    const res = await request('GET', `/v1/admin/users/${seller.id}/seller-risk`, { token: analyst.token });
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).toMatchObject({ moment: 'listing', version: 'seller-risk-v1', order_id: null });
    expect(res.body.data[0].reasons[0]).toEqual({ feature: expect.any(String), text: expect.any(String), contribution: expect.any(Number) });
    expect((await request('GET', `/v1/admin/users/${seller.id}/seller-risk`, { token: seller.token })).status).toBe(403);
    expect((await request('GET', `/v1/admin/users/${seller.id}/seller-risk?limit=0`, { token: analyst.token })).status).toBe(400);
  });
});
