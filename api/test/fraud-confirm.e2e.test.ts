import { randomUUID } from 'node:crypto';
import { recordChargeback } from '../src/modules/trust-safety/disputes';
import { accountBalance } from '../src/modules/money/ledger';
import { type Request, type TestApp, type TestUser, client, makeListing, makeStaff, orderAt, registerUser, startTestApp, SHIP_TO } from '../../test/harness';

let app: TestApp;
let request: Request;
let moderator: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  moderator = await makeStaff(app, ['moderator']);
});
afterAll(() => app.close());

const PASSWORD = 'correct horse battery';
const balanceOf = async (user: TestUser) => (await request('GET', '/v1/me/balance', { token: user.token })).body.balances;
const statusOf = async (orderId: string, party: TestUser) => (await request('GET', `/v1/orders/${orderId}`, { token: party.token })).body.status;

/** A paid 300 EUR sale by `seller` that the risk model sent to review: its order, buyer and fraud case. */
async function reviewedSale(seller: TestUser) {
  const caseBuyer = await registerUser(request);
  const listing = await makeListing(request, seller, { price: { amount: 30_000, currency: 'EUR' } });
  const order = (await request('POST', '/v1/orders', { token: caseBuyer.token, body: { listing_id: listing.id } })).body;
  const paid = await request('POST', `/v1/orders/${order.id}/pay`, { token: caseBuyer.token, body: { payment_method: 'pm_card_riskLevelElevated', shipping_address: SHIP_TO } });
  expect(paid.body.status).toBe('paid');
  const { id: caseId } = await app.ctx.db.selectFrom('fraud_cases').select('id').where('order_id', '=', order.id).executeTakeFirstOrThrow();
  return { order: order as { id: string }, caseBuyer, caseId };
}

test('confirming fraud cancels and refunds the subject’s other open orders, suspends them, and keeps completed orders frozen', async () => {
  const subject = await registerUser(request, { password: PASSWORD });
  // The case: a paid order of the subject's that the risk model sent to review.
  const caseBuyer = await registerUser(request);
  const listing = await makeListing(request, subject, { price: { amount: 30_000, currency: 'EUR' } });
  const caseOrder = (await request('POST', '/v1/orders', { token: caseBuyer.token, body: { listing_id: listing.id } })).body;
  const paid = await request('POST', `/v1/orders/${caseOrder.id}/pay`, {
    token: caseBuyer.token,
    body: { payment_method: 'pm_card_riskLevelElevated', shipping_address: SHIP_TO },
  });
  expect(paid.body.status).toBe('paid');
  const { id: caseId } = await app.ctx.db.selectFrom('fraud_cases').select('id').where('order_id', '=', caseOrder.id).executeTakeFirstOrThrow();

  // Other orders: two funded sales, one completed sale, and an unpaid purchase by the subject.
  const sold = await orderAt(request, 'paid', { seller: subject });
  const shipped = await orderAt(request, 'shipped', { seller: subject });
  const completed = await orderAt(request, 'completed', { seller: subject });
  const otherSeller = await registerUser(request);
  const theirListing = await makeListing(request, otherSeller);
  const purchase = (await request('POST', '/v1/orders', { token: subject.token, body: { listing_id: theirListing.id } })).body;
  const paidPurchase = await orderAt(request, 'paid', { buyer: subject });
  expect(purchase.status).toBe('initiated');
  // Every sale's seller share sits in escrow: 27 000 (the case) + 3 × 11 250.
  expect(await balanceOf(subject)).toEqual([{ currency: 'EUR', pending: 60_750, available: 0 }]);

  const decided = await request('POST', `/v1/admin/fraud-cases/${caseId}/decision`, {
    token: moderator.token,
    body: { decision: 'confirm_fraud', note: 'Mule account', closing_label: 'collusion' },
  });
  expect(decided.status).toBe(200);
  expect(decided.body).toMatchObject({ status: 'closed', decision: 'confirm_fraud', closing_label: 'collusion', order: { status: 'refunded' } });

  expect(await statusOf(sold.id, sold.buyer)).toBe('refunded');
  expect(await statusOf(shipped.id, shipped.buyer)).toBe('refunded');
  expect(await statusOf(purchase.id, otherSeller)).toBe('cancelled');
  expect(await statusOf(completed.id, completed.buyer)).toBe('completed');
  // The innocent sellers' listings the subject had reserved (unpaid, or paid and unshipped) are for sale again.
  expect(await statusOf(paidPurchase.id, paidPurchase.seller)).toBe('refunded');
  for (const id of [theirListing.id, paidPurchase.listingId]) expect((await request('GET', `/v1/listings/${id}`)).body.status).toBe('active');
  const history = (await request('GET', `/v1/orders/${sold.id}/history`, { token: sold.buyer.token })).body.data;
  expect(history.at(-1)).toMatchObject({ to: 'refunded', actor: 'staff', reason: 'fraud confirmed' });

  // Suspended: no login, sessions gone, listings hidden, payouts frozen.
  const login = await request('POST', '/v1/auth/login', { body: { email: subject.email, password: PASSWORD } });
  expect([login.status, login.body.code]).toEqual([403, 'account_suspended']);
  expect((await request('GET', '/v1/me', { token: subject.token })).status).toBe(401);
  expect((await request('GET', `/v1/listings/${listing.id}`)).status).toBe(404);
  const moderation = await request('GET', `/v1/admin/users/${subject.id}/moderation`, { token: moderator.token });
  expect(moderation.body).toMatchObject({ payouts_frozen: true, data: [{ action: 'suspend', staff_id: moderator.id }] });
  expect(moderation.body.suspended_at).not.toBeNull();
  expect(moderation.body.data[0].reason).toBe(`Fraud confirmed in case ${caseId}`);
  // Refunded escrows are empty; the completed sale's share stays held, frozen with the payouts.
  const escrow = (orderId: string) => accountBalance(app.ctx.db, `escrow:${orderId}`, 'EUR');
  expect(await Promise.all([caseOrder.id, sold.id, shipped.id, completed.id].map(escrow))).toEqual([0, 0, 0, 11_250]);

  const audit = await app.ctx.db.selectFrom('audit_log').select(['actor_id', 'action']).where('entity_id', 'in', [caseId, subject.id]).orderBy('id').execute();
  expect(audit).toEqual([
    { actor_id: moderator.id, action: 'user.suspend' },
    { actor_id: moderator.id, action: 'fraud_case.confirm_fraud' },
  ]);
  const events = await app.ctx.db
    .selectFrom('outbox')
    .select('event_type')
    .where('aggregate_id', 'in', [caseId, subject.id, sold.id, shipped.id, purchase.id, paidPurchase.id])
    .where('occurred_at', '>=', new Date(Date.parse(decided.body.decided_at)))
    .execute();
  expect(events.map((e) => e.event_type).sort()).toEqual(['fraud_case.decided', 'order.cancelled', 'order.refunded', 'order.refunded', 'order.refunded', 'user.suspended']);
});

test('a note of the longest allowed length still suspends the subject (the reason names the case)', async () => {
  const subject = await registerUser(request);
  const { caseId } = await reviewedSale(subject);
  const decided = await request('POST', `/v1/admin/fraud-cases/${caseId}/decision`, { token: moderator.token, body: { decision: 'confirm_fraud', note: 'n'.repeat(2000) } });
  expect(decided.status).toBe(200);
  expect((await request('GET', `/v1/admin/users/${subject.id}`, { token: moderator.token })).body.moderation.suspended_at).not.toBeNull();
});

test('an order under an open chargeback is not refunded by the confirmation: the card network decides it, once', async () => {
  const subject = await registerUser(request);
  const { order, caseBuyer, caseId } = await reviewedSale(subject);
  const chargeback = {
    orderId: order.id,
    providerDisputeId: `dp_${randomUUID()}`,
    providerStatus: 'needs_response',
    reason: 'fraudulent',
    amount: { amount: 30_000, currency: 'EUR' },
  };
  await app.ctx.db.transaction().execute((trx) => recordChargeback(trx, app.ctx, { ...chargeback, status: 'open', now: new Date() }));

  const decided = await request('POST', `/v1/admin/fraud-cases/${caseId}/decision`, { token: moderator.token, body: { decision: 'confirm_fraud', note: 'stolen card' } });
  expect(decided.status).toBe(200);
  const view = (await request('GET', `/v1/orders/${order.id}`, { token: caseBuyer.token })).body;
  expect(view).toMatchObject({ status: 'disputed', refunded: { amount: 0, currency: 'EUR' } });
  const refunds = () => app.ctx.db.selectFrom('provider_operations').select('kind').where('order_id', '=', order.id).where('kind', '=', 'refund').execute();
  expect(await refunds()).toEqual([]);
  expect((await request('GET', `/v1/admin/users/${subject.id}`, { token: moderator.token })).body.moderation.suspended_at).not.toBeNull();

  // The chargeback is lost: the buyer gets the money back once, from the network, not a second time from us.
  await app.ctx.db.transaction().execute((trx) => recordChargeback(trx, app.ctx, { ...chargeback, status: 'lost', providerStatus: 'lost', now: new Date() }));
  expect((await request('GET', `/v1/orders/${order.id}`, { token: caseBuyer.token })).body).toMatchObject({ status: 'refunded', refunded: { amount: 30_000, currency: 'EUR' } });
  expect(await refunds()).toEqual([]);
});

test('an already suspended subject is not suspended twice; the decision still closes their orders', async () => {
  const subject = await registerUser(request);
  const { caseId } = await reviewedSale(subject);
  const sold = await orderAt(request, 'paid', { seller: subject });
  expect((await request('POST', `/v1/admin/users/${subject.id}/suspend`, { token: moderator.token, body: { reason: 'spam' } })).status).toBe(200);

  const decided = await request('POST', `/v1/admin/fraud-cases/${caseId}/decision`, { token: moderator.token, body: { decision: 'confirm_fraud', note: 'x' } });
  expect(decided.status).toBe(200);
  expect(await statusOf(sold.id, sold.buyer)).toBe('refunded');
  const moderation = await request('GET', `/v1/admin/users/${subject.id}/moderation`, { token: moderator.token });
  expect(moderation.body.data.map((a: { action: string }) => a.action)).toEqual(['suspend']);
});

test('a moderator cannot confirm fraud on an admin’s case: 403, and the case, orders and account stay as they were', async () => {
  const adminSubject = await makeStaff(app, ['admin']);
  const { caseId } = await reviewedSale(adminSubject);

  const refused = await request('POST', `/v1/admin/fraud-cases/${caseId}/decision`, { token: moderator.token, body: { decision: 'confirm_fraud', note: 'x' } });
  expect(refused.status).toBe(403);
  expect((await request('GET', `/v1/admin/fraud-cases/${caseId}`, { token: moderator.token })).body).toMatchObject({ status: 'open', order: { status: 'paid' } });
  expect((await request('GET', '/v1/me', { token: adminSubject.token })).status).toBe(200);
  const admin = await makeStaff(app, ['admin']);
  expect((await request('POST', `/v1/admin/fraud-cases/${caseId}/decision`, { token: admin.token, body: { decision: 'confirm_fraud', note: 'x' } })).status).toBe(200);
  expect((await request('GET', '/v1/me', { token: adminSubject.token })).status).toBe(401);
});

test('a moderator who is a party to the case’s order may not decide it: 404 (as if it did not exist), the hold and the case stay', async () => {
  const modSeller = await makeStaff(app, ['moderator']);
  const { caseId } = await reviewedSale(modSeller);

  const refused = await request('POST', `/v1/admin/fraud-cases/${caseId}/decision`, { token: modSeller.token, body: { decision: 'clear', note: 'all good' } });
  expect(refused.status).toBe(404);
  expect((await request('GET', `/v1/admin/fraud-cases/${caseId}`, { token: moderator.token })).body).toMatchObject({ status: 'open', order: { status: 'paid' } });
  expect((await request('POST', `/v1/admin/fraud-cases/${caseId}/decision`, { token: moderator.token, body: { decision: 'clear', note: 'fine' } })).status).toBe(200);
});
