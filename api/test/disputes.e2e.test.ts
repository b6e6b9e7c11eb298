import { randomBytes, randomUUID } from 'node:crypto';
import {
  type Request,
  type TestApp,
  type TestUser,
  client,
  makeListing,
  makeStaff,
  orderAt,
  registerUser,
  startTestApp,
  manualClock,
  HOUR,
  DAY,
  expectProblem,
  SHIP_TO,
} from '../../test/harness';
import { recordChargeback } from '../src/modules/trust-safety/disputes';
import { runDueJobs } from '../src/jobs';

// Time is ours to move: deadlines, SLA and payout holds are measured against this clock.
const { clock, nowMs, advance } = manualClock();
const PRICE = { price: { amount: 10_000, currency: 'EUR' } };

let app: TestApp;
let request: Request;
let admin: TestUser;
let moderator: TestUser;
let analyst: TestUser;
/** Every arbitrator made in this file, by id: the rotation decides who gets a dispute. */
const arbitrators = new Map<string, TestUser>();

beforeAll(async () => {
  app = await startTestApp({ clock, env: { SESSION_TTL_HOURS: '100000' } });
  request = client(app.url);
  [admin, moderator, analyst] = await Promise.all([makeStaff(app, ['admin']), makeStaff(app, ['moderator']), makeStaff(app, ['analyst'])]);
});
afterAll(() => app.close());

async function makeArbitrator() {
  const user = await makeStaff(app, ['arbitrator']);
  arbitrators.set(user.id, user);
  return user;
}

type Parties = { id: string; listingId: string; seller: TestUser; buyer: TestUser };
async function disputedOrder(opts: { seller?: TestUser; buyer?: TestUser; stage?: 'shipped' | 'delivered' } = {}): Promise<Parties & { disputeId: string }> {
  const order = await orderAt(request, opts.stage ?? 'delivered', { seller: opts.seller, buyer: opts.buyer, listing: PRICE });
  const res = await request('POST', `/v1/orders/${order.id}/dispute`, { token: order.buyer.token, body: { reason: 'not_as_described', description: 'The lens is cracked.' } });
  expect(res.status).toBe(200);
  return { ...order, disputeId: res.body.dispute.id };
}

const staffView = async (id: string, token = admin.token) => (await request('GET', `/v1/admin/disputes/${id}`, { token })).body;
const resolve = (id: string, body: unknown, token = admin.token) => request('POST', `/v1/admin/disputes/${id}/resolution`, { token, body });
const orderOf = async (user: TestUser, id: string) => (await request('GET', `/v1/orders/${id}`, { token: user.token })).body;
const balanceOf = async (user: TestUser) => (await request('GET', '/v1/me/balance', { token: user.token })).body.balances;
const notificationsOf = async (user: TestUser) => (await request('GET', '/v1/me/notifications', { token: user.token })).body.data as { type: string; data: any }[];
const evidence = (user: TestUser, id: string, body: unknown) => request('POST', `/v1/disputes/${id}/evidence`, { token: user.token, body });

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const file = (content: Buffer, content_type: string, filename = 'photo.png') => ({ kind: 'file', filename, content_type, content_base64: content.toString('base64') });

describe('assignment', () => {
  test('round-robin among arbitrators, skipping one who traded with a party; nobody eligible → unassigned until an admin assigns', async () => {
    const [first, second] = [await makeArbitrator(), await makeArbitrator()];
    const seller = await registerUser(request);
    // `first` bought from this seller: never their arbitrator.
    await orderAt(request, 'paid', { seller, buyer: first, listing: PRICE });
    const d1 = await disputedOrder({ seller });
    expect((await staffView(d1.disputeId)).assigned_arbitrator_id).toBe(second.id);

    // Unrelated parties: the rotation alternates between the two.
    const d2 = await disputedOrder();
    const d3 = await disputedOrder();
    const d4 = await disputedOrder();
    const assigned = await Promise.all([d2, d3, d4].map(async (d) => (await staffView(d.disputeId)).assigned_arbitrator_id));
    expect(assigned).toEqual([first.id, second.id, first.id]);
    // Concurrent openings take turns on the locked rotation row: one each, never the same person twice.
    const concurrent = await Promise.all([disputedOrder(), disputedOrder()]);
    const both = await Promise.all(concurrent.map(async (d) => (await staffView(d.disputeId)).assigned_arbitrator_id));
    expect(both.sort()).toEqual([first.id, second.id].sort());
    const view = await staffView(d2.disputeId);
    expect(view.assigned_at).toBe(clock.now().toISOString());
    expect(view.sla_due_at).toBe(new Date(nowMs() + 48 * HOUR).toISOString());

    // Both arbitrators traded with this seller: the dispute waits unassigned.
    const busy = await registerUser(request);
    await orderAt(request, 'paid', { seller: busy, buyer: first, listing: PRICE });
    await orderAt(request, 'paid', { seller: busy, buyer: second, listing: PRICE });
    const d5 = await disputedOrder({ seller: busy });
    expect((await staffView(d5.disputeId)).assigned_arbitrator_id).toBeNull();
    const unassigned = await request('GET', '/v1/admin/disputes?assigned=unassigned', { token: admin.token });
    expect(unassigned.body.data.map((d: { id: string }) => d.id)).toContain(d5.disputeId);
    expect(unassigned.body.data.every((d: { assigned_arbitrator_id: string | null }) => d.assigned_arbitrator_id === null)).toBe(true);

    expectProblem(await request('POST', `/v1/admin/disputes/${d5.disputeId}/assign`, { token: admin.token, body: { arbitrator_id: first.id } }), 422, 'arbitrator_id');
    const third = await makeArbitrator();
    const assign = await request('POST', `/v1/admin/disputes/${d5.disputeId}/assign`, { token: admin.token, body: { arbitrator_id: third.id } });
    expect(assign.status).toBe(200);
    expect(assign.body).toMatchObject({ assigned_arbitrator_id: third.id, sla_breached: false });
    const mine = await request('GET', '/v1/admin/disputes?assigned=me', { token: third.token });
    expect(mine.body.data.map((d: { id: string }) => d.id)).toEqual([d5.disputeId]);
  });
});

describe('opening and the parties’ side', () => {
  test('the buyer opens a dispute: order disputed, dispute linked, both parties notified; strangers see nothing', async () => {
    const order = await orderAt(request, 'shipped', { listing: PRICE });
    expectProblem(await request('POST', `/v1/orders/${order.id}/dispute`, { token: order.seller.token, body: { reason: 'other', description: 'x' } }), 403);
    expectProblem(await request('POST', `/v1/orders/${order.id}/dispute`, { token: order.buyer.token, body: { reason: 'bad', description: 'x' } }), 400, 'reason');
    const res = await request('POST', `/v1/orders/${order.id}/dispute`, { token: order.buyer.token, body: { reason: 'not_received', description: 'Never arrived.' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: order.id,
      status: 'disputed',
      dispute: { order_id: order.id, status: 'awaiting_seller', reason: 'not_received', amount: { amount: 10_000, currency: 'EUR' }, opened_by: order.buyer.id },
    });
    expect(res.body.dispute.seller_response_due_at).toBe(new Date(nowMs() + 3 * DAY).toISOString());
    expect(res.body.dispute.evidence_due_at).toBe(new Date(nowMs() + 7 * DAY).toISOString());
    expectProblem(await request('POST', `/v1/orders/${order.id}/dispute`, { token: order.buyer.token, body: { reason: 'other', description: 'again' } }), 409);

    for (const party of [order.buyer, order.seller]) {
      expect((await notificationsOf(party)).map((n) => n.type)).toContain('dispute.opened');
      const view = await request('GET', `/v1/disputes/${res.body.dispute.id}`, { token: party.token });
      expect(view.status).toBe(200);
      expect(view.body).toMatchObject({ id: res.body.dispute.id, description: 'Never arrived.', messages: [], evidence: [] });
    }
    const stranger = await registerUser(request);
    expectProblem(await request('GET', `/v1/disputes/${res.body.dispute.id}`, { token: stranger.token }), 404);
    expectProblem(await request('GET', `/v1/disputes/${res.body.dispute.id}/messages`, { token: stranger.token }), 404);
    expectProblem(await request('POST', `/v1/disputes/${res.body.dispute.id}/messages`, { token: stranger.token, body: { body: 'hi' } }), 404);
    expectProblem(await evidence(stranger, res.body.dispute.id, { kind: 'text', text: 'me too' }), 404);
    expectProblem(await request('GET', `/v1/disputes/${randomUUID()}`, { token: order.buyer.token }), 404);
    const events = await app.ctx.db.selectFrom('outbox').select(['event_type', 'aggregate_type']).where('aggregate_id', '=', res.body.dispute.id).execute();
    expect(events).toEqual([{ event_type: 'dispute.opened', aggregate_type: 'dispute' }]);
  });

  test('order conversation and dispute thread: parties only; the seller’s first answer puts the dispute under review', async () => {
    const d = await disputedOrder();
    const stranger = await registerUser(request);
    expect((await request('POST', `/v1/orders/${d.id}/messages`, { token: d.buyer.token, body: { body: 'Where is it?' } })).status).toBe(201);
    advance(1000);
    expect((await request('POST', `/v1/orders/${d.id}/messages`, { token: d.seller.token, body: { body: 'Sent Monday.' } })).status).toBe(201);
    expectProblem(await request('POST', `/v1/orders/${d.id}/messages`, { token: stranger.token, body: { body: 'spam' } }), 404);
    expectProblem(await request('GET', `/v1/orders/${d.id}/messages`, { token: stranger.token }), 404);
    expectProblem(await request('POST', `/v1/orders/${d.id}/messages`, { token: d.buyer.token, body: { body: '   ' } }), 400, 'body');
    const conversation = await request('GET', `/v1/orders/${d.id}/messages`, { token: d.seller.token });
    expect(conversation.body.data.map((m: { body: string }) => m.body)).toEqual(['Where is it?', 'Sent Monday.']);

    expect((await request('POST', `/v1/disputes/${d.disputeId}/messages`, { token: d.buyer.token, body: { body: 'Please refund.' } })).status).toBe(201);
    expect((await staffView(d.disputeId)).status).toBe('awaiting_seller');
    advance(1000);
    expect((await request('POST', `/v1/disputes/${d.disputeId}/messages`, { token: d.seller.token, body: { body: 'It was intact.' } })).status).toBe(201);
    const view = (await request('GET', `/v1/disputes/${d.disputeId}`, { token: d.buyer.token })).body;
    expect(view).toMatchObject({ status: 'under_review', seller_responded_at: clock.now().toISOString() });
    expect(view.messages.map((m: { author_id: string; body: string }) => [m.author_id, m.body])).toEqual([
      [d.buyer.id, 'Please refund.'],
      [d.seller.id, 'It was intact.'],
    ]);
    expect((await notificationsOf(d.buyer)).map((n) => n.type)).toContain('dispute.seller_responded');
  });

  test('evidence: text and files whose bytes match the declared type, stored encrypted, readable by parties and dispute staff', async () => {
    const d = await disputedOrder();
    const text = await evidence(d.buyer, d.disputeId, { kind: 'text', text: 'The box was crushed.' });
    expect(text.status).toBe(201);
    expect(text.body).toMatchObject({ kind: 'text', text: 'The box was crushed.', author_id: d.buyer.id, filename: null });
    const png = await evidence(d.buyer, d.disputeId, file(PNG, 'image/png'));
    expect(png.status).toBe(201);
    expect(png.body).toMatchObject({ kind: 'file', filename: 'photo.png', content_type: 'image/png', size_bytes: PNG.length, text: null });
    const pdf = await evidence(d.seller, d.disputeId, file(PDF, 'application/pdf', 'receipt.pdf'));
    expect(pdf.status).toBe(201);

    // At rest the bytes are ciphertext.
    const stored = await app.ctx.db.selectFrom('dispute_evidence').select('content').where('id', '=', png.body.id).executeTakeFirstOrThrow();
    expect(stored.content!.includes(PNG.subarray(8, 40))).toBe(false);

    const content = `/v1/disputes/${d.disputeId}/evidence/${png.body.id}/content`;
    for (const reader of [d.buyer, d.seller, moderator, admin]) {
      const res = await fetch(`${app.url}${content}`, { headers: { authorization: `Bearer ${reader.token}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
    }
    for (const outsider of [await registerUser(request), analyst]) expectProblem(await request('GET', content, { token: outsider.token }), 404);
    expectProblem(await request('GET', `/v1/disputes/${d.disputeId}/evidence/${text.body.id}/content`, { token: d.buyer.token }), 404);

    // Type by content (validation, 400 like identity documents): a .png name over PDF bytes, random bytes, an unknown kind.
    expectProblem(await evidence(d.buyer, d.disputeId, file(PDF, 'image/png')), 400, 'content_base64');
    expectProblem(await evidence(d.buyer, d.disputeId, file(randomBytes(512), 'image/png')), 400, 'content_base64');
    expectProblem(await evidence(d.buyer, d.disputeId, file(PNG, 'image/gif')), 400, 'content_type');
    expectProblem(await evidence(d.buyer, d.disputeId, { kind: 'video', text: 'x' }), 400, 'kind');
    expectProblem(await evidence(d.buyer, d.disputeId, { kind: 'text', text: '' }), 400, 'text');
    // Over 5 MB: refused before anything is stored.
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await evidence(d.buyer, d.disputeId, file(big, 'image/png'));
    expect([400, 413]).toContain(tooBig.status);
    expect(tooBig.headers.get('content-type')).toContain('application/problem+json');
    const count = await app.ctx.db
      .selectFrom('dispute_evidence')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('dispute_id', '=', d.disputeId)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(3);

    // After the evidence deadline nothing more is accepted.
    advance(7 * DAY + HOUR);
    expectProblem(await evidence(d.buyer, d.disputeId, { kind: 'text', text: 'late' }), 409);
    expectProblem(await request('POST', `/v1/disputes/${d.disputeId}/messages`, { token: d.seller.token, body: { body: 'late' } }), 409);
  });

  test('a party may report a message of their order; strangers cannot; nobody reports their own', async () => {
    const d = await disputedOrder();
    const message = await request('POST', `/v1/disputes/${d.disputeId}/messages`, { token: d.seller.token, body: { body: 'You are a liar' } });
    const orderMessage = await request('POST', `/v1/orders/${d.id}/messages`, { token: d.buyer.token, body: { body: 'Call me at +49 30 1234' } });
    const report = (user: TestUser, id: string) => request('POST', '/v1/reports', { token: user.token, body: { target_type: 'message', target_id: id, reason: 'harassment' } });
    const reported = await report(d.buyer, message.body.id);
    expect(reported.status).toBe(201);
    expect(reported.body).toMatchObject({ target_type: 'message', target_id: message.body.id, status: 'open' });
    expect((await report(d.seller, orderMessage.body.id)).status).toBe(201);
    expectProblem(await report(await registerUser(request), message.body.id), 404);
    expectProblem(await report(d.seller, message.body.id), 422, 'target_id');
    expectProblem(await report(d.buyer, randomUUID()), 404);
    const queue = await request('GET', '/v1/admin/reports?target_type=message', { token: moderator.token });
    expect(queue.body.data.map((r: { id: string }) => r.id)).toContain(reported.body.id);
  });
});

describe('staff view and resolution', () => {
  test('the evidence pack gathers transitions, payment and risk, messages, shipment and evidence; SLA breach is flagged', async () => {
    const d = await disputedOrder();
    await request('POST', `/v1/orders/${d.id}/messages`, { token: d.buyer.token, body: { body: 'Hello?' } });
    await request('POST', `/v1/disputes/${d.disputeId}/messages`, { token: d.seller.token, body: { body: 'Answering.' } });
    await evidence(d.buyer, d.disputeId, { kind: 'text', text: 'Photos attached.' });
    const view = await staffView(d.disputeId, moderator.token);
    expect(view).toMatchObject({ id: d.disputeId, buyer_id: d.buyer.id, seller_id: d.seller.id, status: 'under_review', sla_breached: false, listing_title: 'Vintage camera' });
    expect(view.pack.transitions.map((t: { to: string }) => t.to)).toEqual(['initiated', 'pending_payment', 'paid', 'shipped', 'delivered', 'disputed']);
    expect(view.pack.payment.attempts).toEqual([expect.objectContaining({ status: 'succeeded', payment_method: 'pm_card_visa', amount: { amount: 10_000, currency: 'EUR' } })]);
    expect(view.pack.payment.risk_decision).toBe('allow');
    expect(typeof view.pack.payment.risk_score).toBe('number');
    expect(view.pack.fraud_cases).toEqual([]);
    expect(view.pack.shipment).toMatchObject({ carrier: 'DHL', tracking_number: '1234567890', shipped_at: expect.any(String), delivered_at: expect.any(String) });
    expect(view.pack.messages.order.map((m: { body: string }) => m.body)).toEqual(['Hello?']);
    expect(view.pack.messages.dispute.map((m: { body: string }) => m.body)).toEqual(['Answering.']);
    expect(view.pack.evidence).toEqual([expect.objectContaining({ kind: 'text', text: 'Photos attached.' })]);

    const queue = await request('GET', '/v1/admin/disputes?status=under_review&limit=100', { token: moderator.token });
    expect(queue.status).toBe(200);
    expect(queue.body.data.map((r: { id: string }) => r.id)).toContain(d.disputeId);
    expect(queue.body.data.every((r: { status: string }) => r.status === 'under_review')).toBe(true);
    expectProblem(await request('GET', '/v1/admin/disputes?status=bogus', { token: moderator.token }), 400, 'query.status');
    expectProblem(await request('GET', '/v1/admin/disputes', { token: analyst.token }), 403);

    advance(48 * HOUR + 1000);
    expect((await staffView(d.disputeId)).sla_breached).toBe(true);
    const listed = (await request('GET', '/v1/admin/disputes?status=under_review&limit=100', { token: admin.token })).body.data.find((r: { id: string }) => r.id === d.disputeId);
    expect(listed).toMatchObject({ sla_breached: true, sla_due_at: view.sla_due_at });
  });

  test('refund: everything back to the buyer, order refunded, seller gets nothing; audited, published, notified; once only (a keyed retry replays)', async () => {
    const d = await disputedOrder();
    expect(await balanceOf(d.seller)).toEqual([{ currency: 'EUR', pending: 9_000, available: 0 }]);
    const key = { 'idempotency-key': randomUUID() };
    const body = { resolution: 'refund', note: 'Item not as described' };
    const res = await request('POST', `/v1/admin/disputes/${d.disputeId}/resolution`, { token: admin.token, body, headers: key });
    expect(res.status).toBe(200);
    // A retried request with the same key gets the first answer, not a 409.
    const replay = await request('POST', `/v1/admin/disputes/${d.disputeId}/resolution`, { token: admin.token, body, headers: key });
    expect(replay).toMatchObject({ status: 200, body: res.body });
    expect(res.body).toMatchObject({ status: 'resolved', resolution: 'refund', refund_amount: { amount: 10_000, currency: 'EUR' }, resolution_note: 'Item not as described' });
    expect(await orderOf(d.buyer, d.id)).toMatchObject({ status: 'refunded', refunded: { amount: 10_000, currency: 'EUR' } });
    expect(await balanceOf(d.seller)).toEqual([{ currency: 'EUR', pending: 0, available: 0 }]);
    for (const party of [d.buyer, d.seller]) {
      expect((await notificationsOf(party)).find((n) => n.type === 'dispute.resolved')?.data).toMatchObject({
        resolution: 'refund',
        refunded: { amount: 10_000, currency: 'EUR' },
      });
    }
    const audit = await app.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('entity_id', '=', d.disputeId)
      .where('action', '<>', 'dispute.viewed')
      .orderBy('id')
      .execute();
    expect(audit.at(-1)).toEqual({ action: 'dispute.resolved.refund', actor_id: admin.id });
    const events = await app.ctx.db.selectFrom('outbox').select('event_type').where('aggregate_id', '=', d.disputeId).where('aggregate_type', '=', 'dispute').execute();
    expect(events.map((e) => e.event_type)).toContain('dispute.resolved');
    expectProblem(await resolve(d.disputeId, { resolution: 'release' }), 409);
    expect((await orderOf(d.buyer, d.id)).status).toBe('refunded');
  });

  test('release by the assigned arbitrator: order completed, the seller settles after the payout hold; another arbitrator is refused', async () => {
    const d = await disputedOrder();
    const assignedId: string = (await staffView(d.disputeId)).assigned_arbitrator_id;
    const assigned = arbitrators.get(assignedId)!;
    const other = [...arbitrators.values()].find((a) => a.id !== assignedId)!;
    expectProblem(await resolve(d.disputeId, { resolution: 'release' }, other.token), 403);
    expect((await staffView(d.disputeId)).status).toBe('awaiting_seller');
    advance(1000);
    expect((await orderOf(d.buyer, d.id)).status).toBe('disputed');

    const res = await resolve(d.disputeId, { resolution: 'release' }, assigned.token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'resolved', resolution: 'release', refund_amount: { amount: 0, currency: 'EUR' } });
    expect(await orderOf(d.buyer, d.id)).toMatchObject({ status: 'completed', refunded: { amount: 0, currency: 'EUR' } });
    // Completed like any other sale: the listing is sold, not left reserved.
    expect((await request('GET', `/v1/listings/${d.listingId}`)).body.status).toBe('sold');
    expect(await balanceOf(d.seller)).toEqual([{ currency: 'EUR', pending: 9_000, available: 0 }]);
    advance(15 * DAY);
    await runDueJobs(app.ctx);
    expect(await balanceOf(d.seller)).toEqual([{ currency: 'EUR', pending: 0, available: 9_000 }]);
    expectProblem(await resolve(d.disputeId, { resolution: 'refund' }, assigned.token), 409);
  });

  test('an admin who is a party may not resolve their own dispute: 404 (as if it did not exist), nothing moves', async () => {
    const partyAdmin = await makeStaff(app, ['admin']);
    const d = await disputedOrder({ buyer: partyAdmin });
    expectProblem(await resolve(d.disputeId, { resolution: 'refund' }, partyAdmin.token), 404);
    expect((await staffView(d.disputeId)).status).toBe('awaiting_seller');
    expect(await orderOf(d.buyer, d.id)).toMatchObject({ status: 'disputed', refunded: { amount: 0, currency: 'EUR' } });
    expect((await resolve(d.disputeId, { resolution: 'release' })).status).toBe(200);
  });

  test('split: the refund amount back to the buyer, the rest released; bad amounts are 422 naming the field', async () => {
    const d = await disputedOrder();
    expectProblem(await resolve(d.disputeId, { resolution: 'split' }), 400, 'refund_amount');
    expectProblem(await resolve(d.disputeId, { resolution: 'refund', refund_amount: { amount: 10, currency: 'EUR' } }), 400, 'refund_amount');
    expectProblem(await resolve(d.disputeId, { resolution: 'split', refund_amount: { amount: 10_000, currency: 'EUR' } }), 422, 'refund_amount.amount');
    expectProblem(await resolve(d.disputeId, { resolution: 'split', refund_amount: { amount: 0, currency: 'EUR' } }), 400, 'refund_amount.amount');
    expectProblem(await resolve(d.disputeId, { resolution: 'split', refund_amount: { amount: 12.5, currency: 'EUR' } }), 400, 'refund_amount.amount');
    expectProblem(await resolve(d.disputeId, { resolution: 'split', refund_amount: { amount: 4_000, currency: 'USD' } }), 422, 'refund_amount.currency');
    expect((await orderOf(d.buyer, d.id)).status).toBe('disputed');

    const res = await resolve(d.disputeId, { resolution: 'split', refund_amount: { amount: 4_000, currency: 'EUR' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'resolved', resolution: 'split', refund_amount: { amount: 4_000, currency: 'EUR' } });
    expect(await orderOf(d.buyer, d.id)).toMatchObject({ status: 'completed', refunded: { amount: 4_000, currency: 'EUR' } });
    // 4 000 of 10 000 refunded: the seller keeps 60 % of their 9 000 share.
    expect(await balanceOf(d.seller)).toEqual([{ currency: 'EUR', pending: 5_400, available: 0 }]);
    advance(15 * DAY);
    await runDueJobs(app.ctx);
    expect(await balanceOf(d.seller)).toEqual([{ currency: 'EUR', pending: 0, available: 5_400 }]);
    expectProblem(await resolve(d.disputeId, { resolution: 'split', refund_amount: { amount: 1_000, currency: 'EUR' } }), 409);
  });

  test('released after a cleared fraud case: the seller still settles (nothing holds the funds any more)', async () => {
    const seller = await registerUser(request);
    const buyer = await registerUser(request);
    const listing = await makeListing(request, seller, PRICE);
    const order = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
    expect(
      (await request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_riskLevelElevated', shipping_address: SHIP_TO } })).body.status,
    ).toBe('paid');
    expect((await request('POST', `/v1/orders/${order.id}/ship`, { token: seller.token, body: { carrier: 'DHL', tracking_number: '1234567890' } })).status).toBe(200);
    const disputeId = (await request('POST', `/v1/orders/${order.id}/dispute`, { token: buyer.token, body: { reason: 'not_received', description: 'Nothing came.' } })).body.dispute
      .id;
    const { id: caseId } = await app.ctx.db.selectFrom('fraud_cases').select('id').where('order_id', '=', order.id).executeTakeFirstOrThrow();
    expect((await request('POST', `/v1/admin/fraud-cases/${caseId}/decision`, { token: moderator.token, body: { decision: 'clear', note: 'fine' } })).status).toBe(200);

    expect((await resolve(disputeId, { resolution: 'release' })).status).toBe(200);
    advance(31 * DAY);
    await runDueJobs(app.ctx);
    expect(await balanceOf(seller)).toEqual([{ currency: 'EUR', pending: 0, available: 9_000 }]);
  });

  test('while a chargeback is open on the order nobody resolves the buyer dispute: no refund twice', async () => {
    const d = await disputedOrder();
    await app.ctx.db.transaction().execute((trx) =>
      recordChargeback(trx, app.ctx, {
        orderId: d.id,
        providerDisputeId: `dp_${randomUUID()}`,
        status: 'open',
        providerStatus: 'needs_response',
        reason: 'fraudulent',
        amount: { amount: 10_000, currency: 'EUR' },
        now: clock.now(),
      }),
    );
    expectProblem(await resolve(d.disputeId, { resolution: 'refund' }), 409);
    advance(3 * DAY + HOUR);
    await runDueJobs(app.ctx);
    expect(await orderOf(d.buyer, d.id)).toMatchObject({ status: 'disputed', refunded: { amount: 0, currency: 'EUR' } });
    expect((await staffView(d.disputeId)).status).toBe('awaiting_seller');
  });

  test('a lost chargeback refunds the order and ends its buyer dispute: nothing is left in the queue to decide', async () => {
    const d = await disputedOrder();
    const report = { orderId: d.id, providerDisputeId: `dp_${randomUUID()}`, providerStatus: 'needs_response', reason: 'fraudulent', amount: { amount: 10_000, currency: 'EUR' } };
    await app.ctx.db.transaction().execute((trx) => recordChargeback(trx, app.ctx, { ...report, status: 'open', now: clock.now() }));
    await app.ctx.db.transaction().execute((trx) => recordChargeback(trx, app.ctx, { ...report, status: 'lost', providerStatus: 'lost', now: clock.now() }));
    expect(await orderOf(d.buyer, d.id)).toMatchObject({ status: 'refunded', refunded: { amount: 10_000, currency: 'EUR' } });
    expect(await staffView(d.disputeId)).toMatchObject({ status: 'resolved', resolution: 'refund', refund_amount: { amount: 10_000, currency: 'EUR' }, resolved_by: null });
    const open = await request('GET', '/v1/admin/disputes?status=awaiting_seller&limit=100', { token: admin.token });
    expect(open.body.data.map((x: { id: string }) => x.id)).not.toContain(d.disputeId);
    expect((await notificationsOf(d.buyer)).map((n) => n.type)).toContain('dispute.resolved');
  });

  test('racing decisions settle once: two staff at the same moment, and a staff decision against the silent-seller timer', async () => {
    const d = await disputedOrder();
    const assigned = arbitrators.get((await staffView(d.disputeId)).assigned_arbitrator_id)!;
    const both = await Promise.all([resolve(d.disputeId, { resolution: 'refund' }), resolve(d.disputeId, { resolution: 'release' }, assigned.token)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const order = await orderOf(d.buyer, d.id);
    expect(order.status).toBe(both.find((r) => r.status === 200)!.body.resolution === 'refund' ? 'refunded' : 'completed');

    const timed = await disputedOrder();
    advance(3 * DAY + HOUR);
    const [manual] = await Promise.all([resolve(timed.disputeId, { resolution: 'release' }), runDueJobs(app.ctx)]);
    const view = await staffView(timed.disputeId);
    // Whoever came first decided; the other changed nothing.
    expect(view.resolution).toBe(manual.status === 200 ? 'release' : 'refund');
    expect((await orderOf(timed.buyer, timed.id)).refunded.amount).toBe(view.resolution === 'refund' ? 10_000 : 0);
    const resolvedEvents = await app.ctx.db
      .selectFrom('outbox')
      .select('event_type')
      .where('aggregate_id', '=', timed.disputeId)
      .where('event_type', '=', 'dispute.resolved')
      .execute();
    expect(resolvedEvents).toHaveLength(1);
  });

  test('a seller silent for 3 days loses: the buyer is refunded by the scheduler; a seller who answered does not', async () => {
    const silent = await disputedOrder();
    const answered = await disputedOrder();
    await evidence(answered.seller, answered.disputeId, { kind: 'text', text: 'Tracking shows delivery.' });
    advance(3 * DAY - HOUR);
    await runDueJobs(app.ctx);
    expect((await orderOf(silent.buyer, silent.id)).status).toBe('disputed');
    advance(2 * HOUR);
    await runDueJobs(app.ctx);
    expect(await orderOf(silent.buyer, silent.id)).toMatchObject({ status: 'refunded', refunded: { amount: 10_000, currency: 'EUR' } });
    expect(await staffView(silent.disputeId)).toMatchObject({ status: 'resolved', resolution: 'refund', resolved_by: null });
    expect(await balanceOf(silent.seller)).toEqual([{ currency: 'EUR', pending: 0, available: 0 }]);
    expect((await notificationsOf(silent.seller)).map((n) => n.type)).toContain('dispute.resolved');
    expect((await orderOf(answered.buyer, answered.id)).status).toBe('disputed');
    expect((await staffView(answered.disputeId)).status).toBe('under_review');
  });
});
