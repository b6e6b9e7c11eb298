import { createHash } from 'node:crypto';
import { runStreamScoring } from '../src/modules/risk/stream-scoring';
import { type Request, type TestApp, type TestUser, client, makeListing, makeStaff, manualClock, registerUser, relayAll, startTestApp, SHIP_TO } from '../../test/harness';

const clock = manualClock();
let app: TestApp;
let request: Request;
let moderator: TestUser;

beforeAll(async () => {
  app = await startTestApp({ clock: clock.clock });
  request = client(app.url);
  moderator = await makeStaff(app, ['moderator']);
});
afterAll(() => app.close());

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

async function buy(buyer: TestUser, seller: TestUser, paymentMethod: string) {
  const listing = await makeListing(request, seller);
  const order = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
  const paid = await request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: paymentMethod, shipping_address: SHIP_TO } });
  expect(paid.status).toBe(200);
  return order.id as string;
}

/** An account registered from a device (X-Device-Id), as the app sends it. */
async function registerOn(device: string): Promise<TestUser> {
  return registerUser(request, { deviceId: device, display_name: 'Buyer' });
}

test('a stream case from real activity shares the admin inbox with a payment case, shows its evidence, and can be confirmed without an order', async () => {
  // A payment-time case: the risk model sends an elevated-risk card to review.
  const paymentSeller = await registerUser(request);
  const reviewed = await buy(await registerUser(request), paymentSeller, 'pm_card_riskLevelElevated');

  // Three accounts on one phone each buy from one seller within minutes; the third pays with a fingerprinted card.
  const seller = await registerUser(request);
  const buyers = [await registerOn('phone-77'), await registerOn('phone-77'), await registerOn('phone-77')];
  const orders: string[] = [];
  for (const [i, buyer] of buyers.entries()) {
    orders.push(await buy(buyer, seller, i === 2 ? 'pm_card_fp_card42' : 'pm_card_visa'));
    clock.advance(3 * 60_000);
  }

  // order.paid carries hashes only: the device hash as user_fingerprints keeps it, the card hash likewise, the account's age.
  const paidEvents = await app.ctx.db.selectFrom('outbox').select('payload').where('event_type', '=', 'order.paid').where('aggregate_id', 'in', orders).execute();
  const payloads = paidEvents.map((e) => e.payload as Record<string, unknown>);
  expect(payloads.map((p) => p.device_hash)).toEqual([sha256('device:phone-77'), sha256('device:phone-77'), sha256('device:phone-77')]);
  expect(payloads.filter((p) => 'card_hash' in p).map((p) => p.card_hash)).toEqual([sha256('card:card42')]);
  expect(payloads.every((p) => typeof p.buyer_created_at === 'string')).toBe(true);
  expect(JSON.stringify(payloads)).not.toMatch(/phone-77|card42/);

  await relayAll(app.ctx);
  expect(await runStreamScoring(app.ctx)).toMatchObject({ opened: 1 });

  const inbox = await request('GET', '/v1/admin/fraud-cases?status=open', { token: moderator.token });
  expect(inbox.status).toBe(200);
  // The payment-time model also sends the later phone-sharing payments to review: one inbox holds both kinds.
  const openCases = inbox.body.data as { id: string; source: string; order_id: string | null }[];
  expect(openCases.filter((c) => c.source === 'stream')).toHaveLength(1);
  expect(openCases.filter((c) => c.source === 'payment').map((c) => c.order_id)).toContain(reviewed);
  expect(openCases.filter((c) => c.source === 'payment').every((c) => [reviewed, ...orders].includes(c.order_id!))).toBe(true);
  const paymentCase = openCases.find((c) => c.source === 'payment' && c.order_id === reviewed)!;
  expect(paymentCase).toMatchObject({ order_id: reviewed, detector: null, evidence: null, order: { status: 'paid' } });
  const streamOnly = await request('GET', '/v1/admin/fraud-cases?source=stream', { token: moderator.token });
  expect(streamOnly.body.data).toHaveLength(1);
  const streamCase = streamOnly.body.data[0];
  const subject = [...buyers].sort((a, b) => a.id.localeCompare(b.id))[0]!;
  expect(streamCase).toMatchObject({
    source: 'stream',
    detector: 'linked_velocity',
    model_version: 'stream:linked_velocity@v1',
    order_id: null,
    order: null,
    subject_user_id: subject.id,
    reason: '3 accounts sharing one device paid 3 orders within 60 min',
  });
  const bad = await request('GET', '/v1/admin/fraud-cases?source=rumour', { token: moderator.token });
  expect(bad.status).toBe(400);

  const detail = await request('GET', `/v1/admin/fraud-cases/${streamCase.id}`, { token: moderator.token });
  expect(detail.body.evidence).toMatchObject({ counts: { accounts: 3, orders: 3 }, link: { kind: 'device', hash: sha256('device:phone-77') } });
  expect(detail.body.evidence.accounts.map((a: { user_id: string }) => a.user_id).sort()).toEqual(buyers.map((b) => b.id).sort());
  expect(detail.body.evidence.orders.map((o: { order_id: string }) => o.order_id).sort()).toEqual([...orders].sort());

  // The case manager works on it like on any case.
  expect((await request('POST', `/v1/admin/fraud-cases/${streamCase.id}/assign`, { token: moderator.token, body: { assignee_id: moderator.id } })).status).toBe(200);
  expect((await request('POST', `/v1/admin/fraud-cases/${streamCase.id}/notes`, { token: moderator.token, body: { body: 'Same phone, three accounts' } })).status).toBe(201);
  const timeline = await request('GET', `/v1/admin/fraud-cases/${streamCase.id}/timeline`, { token: moderator.token });
  // All at one instant of the manual clock, so compared as a set.
  expect(timeline.body.data.map((e: { summary: string }) => e.summary).sort()).toEqual(['Note', 'fraud_case.assigned', 'fraud_case.note_added', 'fraud_case.opened']);

  // Confirming suspends the subject and refunds their paid order; the other accounts are left for follow-up.
  const decided = await request('POST', `/v1/admin/fraud-cases/${streamCase.id}/decision`, {
    token: moderator.token,
    body: { decision: 'confirm_fraud', note: 'Device farm', closing_label: 'stolen_card' },
  });
  expect(decided.status).toBe(200);
  expect(decided.body).toMatchObject({ status: 'closed', decision: 'confirm_fraud', order: null });
  const subjectRow = await app.ctx.db.selectFrom('users').select(['suspended_at', 'payouts_frozen']).where('id', '=', subject.id).executeTakeFirstOrThrow();
  expect(subjectRow.suspended_at).not.toBeNull();
  expect(subjectRow.payouts_frozen).toBe(true);
  const statuses = await app.ctx.db.selectFrom('orders').select(['buyer_id', 'status']).where('id', 'in', orders).execute();
  expect(statuses.map((o) => [o.buyer_id === subject.id, o.status]).sort()).toEqual([
    [false, 'paid'],
    [false, 'paid'],
    [true, 'refunded'],
  ]);
  const decidedEvent = await app.ctx.db
    .selectFrom('outbox')
    .select('payload')
    .where('event_type', '=', 'fraud_case.decided')
    .where('aggregate_id', '=', streamCase.id)
    .executeTakeFirstOrThrow();
  expect(decidedEvent.payload).toMatchObject({ order_id: null, source: 'stream', decision: 'confirm_fraud' });

  // A rerun over the same window opens nothing new: the case is decided and cooling off.
  await relayAll(app.ctx);
  expect(await runStreamScoring(app.ctx)).toMatchObject({ opened: 0, cooling_off: 1 });
  // The payment case is still there to decide.
  const open = await request('GET', '/v1/admin/fraud-cases?status=open', { token: moderator.token });
  expect(open.body.data.map((c: { id: string }) => c.id)).toContain(paymentCase.id);
  expect(open.body.data.filter((c: { source: string }) => c.source === 'stream')).toEqual([]);
});
