import { runDueJobs } from '../src/jobs';
import { DAY, HOUR, type TestApp, type TestUser, client, makeListing, makeStaff, manualClock, orderAt, registerUser, startTestApp } from '../../test/harness';
import { connectRealtime } from '../../test/realtime-client';

// Who is told what, by the module that owns the change: order statuses (and `order.updated` on both
// parties' sockets), the reminders before the deadlines that cost a party money, security events and
// moderation decisions. Deadlines run on a manual clock and the scheduler is run by hand.

let app: TestApp;
const time = manualClock('2026-12-01T09:00:00Z');
const request = () => client(app.url);

beforeAll(async () => {
  app = await startTestApp({
    clock: time.clock,
    // No payout hold: a completed sale is available at once, for the payout test.
    env: { NOTIFICATION_REMINDER_HOURS: '24', PAYOUT_HOLD_BASE_DAYS: '0', PAYOUT_HOLD_NEW_SELLER_DAYS: '0', PAYOUT_HOLD_LOW_TRUST_DAYS: '0', PAYOUT_HOLD_HIGH_RISK_DAYS: '0' },
  });
});
afterAll(async () => {
  await app.close();
});

const inbox = async (user: TestUser) => (await request()('GET', '/v1/me/notifications?limit=100', { token: user.token })).body.data as { type: string; data: any; body: string }[];
// Notifications of one request share a timestamp (the manual clock): compare them as sorted lists.
const typesOf = async (user: TestUser) => (await inbox(user)).map((n) => n.type).sort();

test('an order’s life: the seller hears of payment with the ship-by date, the buyer of shipping, the other party of completion; both sockets see every status', async () => {
  const [seller, buyer] = [await registerUser(request()), await registerUser(request())];
  const [sellerSocket, buyerSocket] = [await connectRealtime(app.url, { token: seller.token }), await connectRealtime(app.url, { token: buyer.token })];
  const order = await orderAt(request(), 'completed', { seller, buyer, listing: { title: 'Brass lamp', price: { amount: 4_250, currency: 'EUR' } } });

  expect(await typesOf(seller)).toEqual(['order.completed', 'order.paid']);
  expect(await typesOf(buyer)).toEqual(['order.shipped']);
  const paid = (await inbox(seller)).find((n) => n.type === 'order.paid')!;
  expect(paid.data).toMatchObject({
    order_id: order.id,
    listing_title: 'Brass lamp',
    amount: { amount: 4_250, currency: 'EUR' },
    ship_by: new Date(time.nowMs() + 14 * DAY).toISOString(),
  });
  expect(paid.body).toMatch(/^“Brass lamp” was paid \(€42\.50\)\. Ship it by December 15, 2026 at 9:00\sAM\.$/);

  for (const socket of [sellerSocket, buyerSocket]) {
    const statuses: string[] = [];
    while (statuses.at(-1) !== 'completed') {
      const frame = await socket.next((f) => f.type === 'event' && f.event.type === 'order.updated');
      expect(frame.event.data.order_id).toBe(order.id);
      statuses.push(frame.event.data.status);
    }
    expect(statuses).toEqual(expect.arrayContaining(['initiated', 'paid', 'shipped', 'delivered', 'completed']));
    socket.close();
  }
});

test('a seller who has not shipped is reminded a day before the auto-cancel; one who shipped is not', async () => {
  const late = await orderAt(request(), 'paid');
  const prompt = await orderAt(request(), 'paid');
  expect((await request()('POST', `/v1/orders/${prompt.id}/ship`, { token: prompt.seller.token, body: { carrier: 'DHL', tracking_number: '1234567890' } })).status).toBe(200);
  const deadline = time.nowMs() + 14 * DAY;

  time.advance(13 * DAY - HOUR);
  await runDueJobs(app.ctx);
  expect(await typesOf(late.seller)).toEqual(['order.paid']);
  time.advance(HOUR);
  await runDueJobs(app.ctx);
  expect(await typesOf(late.seller)).toEqual(['order.paid', 'order.ship_by_reminder']);
  const reminder = (await inbox(late.seller)).find((n) => n.type === 'order.ship_by_reminder')!;
  expect(reminder.data.deadline).toBe(new Date(deadline).toISOString());
  expect(reminder.body).toMatch(/^Ship “Vintage camera” by December 15, 2026 at 9:00\sAM or the order is cancelled and refunded\.$/);
  expect(await typesOf(prompt.seller)).toEqual(['order.paid']);
  const promptJobs = await app.ctx.db.selectFrom('scheduled_jobs').select(['kind', 'status']).where('order_id', '=', prompt.id).where('kind', '=', 'ship_by_reminder').execute();
  expect(promptJobs).toEqual([{ kind: 'ship_by_reminder', status: 'skipped' }]);

  // The buyer of the shipped order is reminded to confirm a day before it counts as delivered.
  time.advance(7 * DAY);
  await runDueJobs(app.ctx);
  expect(await typesOf(prompt.buyer)).toEqual(['order.confirm_by_reminder', 'order.shipped']);
  // A day later the deadline passes: it counts as delivered, and the buyer is told.
  time.advance(DAY);
  await runDueJobs(app.ctx);
  expect(await typesOf(prompt.buyer)).toEqual(['order.confirm_by_reminder', 'order.delivered', 'order.shipped']);
});

test('a seller silent on a dispute is reminded a day before the deadline; both parties before evidence closes', async () => {
  const order = await orderAt(request(), 'delivered');
  const opened = await request()('POST', `/v1/orders/${order.id}/dispute`, { token: order.buyer.token, body: { reason: 'not_as_described', description: 'Cracked lens.' } });
  expect(opened.status).toBe(200);
  time.advance(2 * DAY);
  await runDueJobs(app.ctx);
  const sellerTypes = await typesOf(order.seller);
  expect(sellerTypes.filter((t) => t.startsWith('dispute.'))).toEqual(['dispute.opened', 'dispute.response_reminder']);
  const reminder = (await inbox(order.seller)).find((n) => n.type === 'dispute.response_reminder')!;
  expect(reminder.data).toMatchObject({ dispute_id: opened.body.dispute.id, deadline: opened.body.dispute.seller_response_due_at });

  // The seller answers: evidence still closes later, and both are reminded of it.
  expect((await request()('POST', `/v1/disputes/${opened.body.dispute.id}/messages`, { token: order.seller.token, body: { body: 'It left intact.' } })).status).toBe(201);
  time.advance(4 * DAY);
  await runDueJobs(app.ctx);
  for (const party of [order.buyer, order.seller]) expect((await typesOf(party)).filter((t) => t === 'dispute.evidence_reminder')).toHaveLength(1);
});

test('security events reach the user’s inbox (their mail is the security alert, not a second one)', async () => {
  const user = await registerUser(request(), { password: 'correct horse battery' });
  const changed = await request()('POST', '/v1/me/password', {
    token: user.token,
    body: { current_password: 'correct horse battery', new_password: 'another long passphrase 42' },
  });
  expect(changed.status).toBe(204);
  expect(await typesOf(user)).toEqual(['security.password_changed']);
});

test('a published review reaches its subject; a decided report reaches its reporter; a payout reaches its seller', async () => {
  const order = await orderAt(request(), 'completed');
  const review = await request()('POST', `/v1/orders/${order.id}/reviews`, {
    token: order.buyer.token,
    body: { rating: 5, item_as_described: 5, communication: 4, shipping: 5, text: 'Exactly as described, well packed' },
  });
  expect(review.status).toBe(201);
  expect((await inbox(order.seller)).find((n) => n.type === 'review.received')!.data).toEqual({ review_id: review.body.id, order_id: order.id });

  const [reporter, moderator] = [await registerUser(request()), await makeStaff(app, ['moderator'])];
  const report = await request()('POST', '/v1/reports', { token: reporter.token, body: { target_type: 'user', target_id: order.seller.id, reason: 'spam' } });
  expect(report.status).toBe(201);
  expect((await request()('POST', `/v1/admin/reports/${report.body.id}/decision`, { token: moderator.token, body: { decision: 'dismiss', note: 'not spam' } })).status).toBe(200);
  expect(await typesOf(reporter)).toEqual(['report.resolved']);
  expect(await typesOf(order.seller)).not.toContain('report.resolved');

  expect((await request()('POST', '/v1/auth/step-up', { token: order.seller.token, body: { password: 'correct horse battery' } })).status).toBe(204);
  const payout = await request()('POST', '/v1/me/payouts', { token: order.seller.token, body: { amount: { amount: 10_000, currency: 'EUR' } } });
  expect(payout.body.status).toBe('paid');
  const sent = (await inbox(order.seller)).find((n) => n.type === 'payout.sent')!;
  expect(sent).toMatchObject({ data: { payout_id: payout.body.id, amount: { amount: 10_000, currency: 'EUR' } }, body: 'We sent you €100.00.' });
});

test('moderation decisions reach the seller', async () => {
  const moderated = await startTestApp({ env: { LISTING_AUTO_APPROVE: 'false' } });
  try {
    const req = client(moderated.url);
    const [seller, moderator] = [await registerUser(req), await makeStaff(moderated, ['moderator'])];
    const listing = await makeListing(req, seller, { title: 'Oak desk' });
    const decide = (body: unknown) => req('POST', `/v1/admin/listings/${listing.id}/decision`, { token: moderator.token, body });
    expect((await decide({ decision: 'request_changes', note: 'Show the drawers' })).status).toBe(200);
    expect((await req('PATCH', `/v1/listings/${listing.id}`, { token: seller.token, body: { description: 'Solid oak, drawers shown' } })).status).toBe(200);
    expect((await decide({ decision: 'approve' })).status).toBe(200);
    const notes = (await req('GET', '/v1/me/notifications', { token: seller.token })).body.data as { type: string; body: string }[];
    expect(notes.map((n) => n.type).sort()).toEqual(['listing.approved', 'listing.changes_requested']);
    expect(notes.find((n) => n.type === 'listing.approved')!.body).toBe('“Oak desk” is live.');
  } finally {
    await moderated.close();
  }
});
