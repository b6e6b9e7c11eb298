import { type Request, type TestApp, type TestUser, client, makeListing, makeStaff, registerUser, startTestApp, SHIP_TO } from '../../test/harness';

let app: TestApp;
let request: Request;
let moderator: TestUser;
let other: TestUser;
let analyst: TestUser;
let buyer: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  [moderator, other, analyst] = await Promise.all([makeStaff(app, ['moderator']), makeStaff(app, ['admin']), makeStaff(app, ['analyst'])]);
  buyer = await registerUser(request);
});
afterAll(() => app.close());

/** A paid order the risk model sends to review, and the case it opened. */
async function openCase(): Promise<{ caseId: string; orderId: string }> {
  // A fresh buyer each time: repeated elevated-risk payments by one buyer get blocked outright.
  const [seller, buyer] = await Promise.all([registerUser(request), registerUser(request)]);
  const listing = await makeListing(request, seller, { price: { amount: 30_000, currency: 'EUR' } });
  const order = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
  const paid = await request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_riskLevelElevated', shipping_address: SHIP_TO } });
  if (paid.body.status !== 'paid') throw new Error(JSON.stringify(paid.body));
  const row = await app.ctx.db.selectFrom('fraud_cases').select('id').where('order_id', '=', order.id).executeTakeFirstOrThrow();
  return { caseId: row.id, orderId: order.id };
}

const inbox = async (who: TestUser, name: string) =>
  ((await request('GET', `/v1/admin/fraud-cases?inbox=${name}&status=open&limit=100`, { token: who.token })).body.data as { id: string }[]).map((c) => c.id);
const inFuture = (ms: number) => new Date(Date.now() + ms).toISOString();
const auditOf = (caseId: string) => app.ctx.db.selectFrom('audit_log').select(['actor_id', 'action', 'details']).where('entity_id', '=', caseId).orderBy('id').execute();

test('inboxes follow assignment; unassigning returns a case to the shared inbox; both are audited', async () => {
  const { caseId } = await openCase();
  expect(await inbox(moderator, 'unassigned')).toContain(caseId);
  expect(await inbox(moderator, 'all')).toContain(caseId);
  expect(await inbox(moderator, 'mine')).not.toContain(caseId);

  const assigned = await request('POST', `/v1/admin/fraud-cases/${caseId}/assign`, { token: other.token, body: { assignee_id: moderator.id } });
  expect(assigned.status).toBe(200);
  expect(assigned.body).toMatchObject({ id: caseId, assignee_id: moderator.id });
  expect(await inbox(moderator, 'mine')).toContain(caseId);
  expect(await inbox(other, 'mine')).not.toContain(caseId);
  expect(await inbox(moderator, 'unassigned')).not.toContain(caseId);

  const unassigned = await request('POST', `/v1/admin/fraud-cases/${caseId}/assign`, { token: moderator.token, body: { assignee_id: null } });
  expect(unassigned.body.assignee_id).toBeNull();
  expect(await inbox(moderator, 'unassigned')).toContain(caseId);
  expect(await auditOf(caseId)).toEqual([
    { actor_id: other.id, action: 'fraud_case.assigned', details: { before: null, after: moderator.id } },
    { actor_id: moderator.id, action: 'fraud_case.unassigned', details: { before: moderator.id, after: null } },
  ]);
});

test('an assignee who may not decide cases is a 422 naming assignee_id, and changes nothing', async () => {
  const { caseId } = await openCase();
  for (const assignee of [analyst.id, buyer.id, '00000000-0000-4000-8000-000000000000']) {
    const res = await request('POST', `/v1/admin/fraud-cases/${caseId}/assign`, { token: moderator.token, body: { assignee_id: assignee } });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(res.body)).toContain('assignee_id');
  }
  expect(await auditOf(caseId)).toEqual([]);
});

test('snoozing hides a case from the unassigned inbox only; until must be future and within 30 days', async () => {
  const { caseId } = await openCase();
  for (const until of [inFuture(-60_000), inFuture(31 * 86_400_000), 'tomorrow']) {
    const res = await request('POST', `/v1/admin/fraud-cases/${caseId}/snooze`, { token: moderator.token, body: { until } });
    // Malformed is a 400 (schema), past or too far is a 422 (rule); both name the field.
    expect(res.status).toBe(until === 'tomorrow' ? 400 : 422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(res.body)).toContain('until');
  }
  const until = inFuture(86_400_000);
  const snoozed = await request('POST', `/v1/admin/fraud-cases/${caseId}/snooze`, { token: moderator.token, body: { until } });
  expect(snoozed.status).toBe(200);
  expect(snoozed.body.snoozed_until).toBe(until);
  expect(await inbox(moderator, 'unassigned')).not.toContain(caseId);
  expect(await inbox(moderator, 'all')).toContain(caseId);
  expect(await auditOf(caseId)).toEqual([{ actor_id: moderator.id, action: 'fraud_case.snoozed', details: { until } }]);
});

test('notes are appended (also on a closed case), validated, and the timeline lists every linked event in time order', async () => {
  const { caseId, orderId } = await openCase();
  expect((await request('POST', `/v1/admin/fraud-cases/${caseId}/notes`, { token: moderator.token, body: { body: ' ' } })).status).toBe(400);
  const tooLong = await request('POST', `/v1/admin/fraud-cases/${caseId}/notes`, { token: moderator.token, body: { body: 'x'.repeat(5001) } });
  expect(tooLong.status).toBe(400);
  expect(JSON.stringify(tooLong.body)).toContain('body');
  const note = await request('POST', `/v1/admin/fraud-cases/${caseId}/notes`, { token: moderator.token, body: { body: 'Card BIN from another country' } });
  expect(note.status).toBe(201);
  expect(note.body).toMatchObject({ case_id: caseId, author_id: moderator.id, body: 'Card BIN from another country' });
  await request('POST', `/v1/admin/fraud-cases/${caseId}/assign`, { token: moderator.token, body: { assignee_id: moderator.id } });

  const decided = await request('POST', `/v1/admin/fraud-cases/${caseId}/decision`, {
    token: moderator.token,
    body: { decision: 'confirm_fraud', note: 'Stolen card', closing_label: 'stolen_card' },
  });
  expect(decided.status).toBe(200);
  expect(decided.body).toMatchObject({ status: 'closed', decision: 'confirm_fraud', closing_label: 'stolen_card' });
  const shown = await request('GET', `/v1/admin/fraud-cases/${caseId}`, { token: analyst.token });
  expect(shown.body).toEqual(decided.body);
  expect((await request('GET', `/v1/admin/fraud-cases/${orderId}`, { token: analyst.token })).status).toBe(404);
  const after = await request('POST', `/v1/admin/fraud-cases/${caseId}/notes`, { token: moderator.token, body: { body: 'Bank confirmed' } });
  expect(after.status).toBe(201);

  const timeline = await request('GET', `/v1/admin/fraud-cases/${caseId}/timeline`, { token: analyst.token });
  expect(timeline.status).toBe(200);
  const entries = timeline.body.data as { at: string; kind: string; actor_id: string | null; summary: string; details: Record<string, unknown> }[];
  const times = entries.map((e) => Date.parse(e.at));
  expect(times).toEqual([...times].sort((a, b) => a - b));
  expect(entries[0]!.kind).not.toBe('note');
  expect(entries.some((e) => e.kind === 'payment_attempt' && e.details.status === 'succeeded')).toBe(true);
  expect(entries.some((e) => e.kind === 'order_status' && e.details.to_status === 'paid')).toBe(true);
  expect(entries.some((e) => e.kind === 'order_status' && e.details.to_status === 'refunded' && e.actor_id === moderator.id)).toBe(true);
  const tail = entries.filter((e) => e.kind === 'note' || e.summary.startsWith('fraud_case.')).map((e) => [e.kind, e.summary]);
  expect(tail).toEqual([
    ['note', 'Note'],
    ['audit', 'fraud_case.note_added'],
    ['audit', 'fraud_case.assigned'],
    ['audit', 'fraud_case.confirm_fraud'],
    ['note', 'Note'],
    ['audit', 'fraud_case.note_added'],
  ]);
  expect(entries.find((e) => e.summary === 'fraud_case.confirm_fraud')!.details).toMatchObject({ data: { closing_label: 'stolen_card', order_id: orderId } });
});

test('acting on a closed case is a 409; confirm_fraud without a label is labelled other; clear keeps no label', async () => {
  const a = await openCase();
  const confirmed = await request('POST', `/v1/admin/fraud-cases/${a.caseId}/decision`, { token: moderator.token, body: { decision: 'confirm_fraud', note: 'x' } });
  expect(confirmed.body.closing_label).toBe('other');
  expect((await request('POST', `/v1/admin/fraud-cases/${a.caseId}/assign`, { token: moderator.token, body: { assignee_id: moderator.id } })).status).toBe(409);
  expect((await request('POST', `/v1/admin/fraud-cases/${a.caseId}/snooze`, { token: moderator.token, body: { until: inFuture(3_600_000) } })).status).toBe(409);

  const b = await openCase();
  const badLabel = await request('POST', `/v1/admin/fraud-cases/${b.caseId}/decision`, { token: moderator.token, body: { decision: 'clear', note: 'x', closing_label: 'aliens' } });
  expect(badLabel.status).toBe(400);
  expect(JSON.stringify(badLabel.body)).toContain('closing_label');
  const cleared = await request('POST', `/v1/admin/fraud-cases/${b.caseId}/decision`, { token: moderator.token, body: { decision: 'clear', note: 'fine' } });
  expect(cleared.body).toMatchObject({ status: 'closed', decision: 'clear', closing_label: null });
});

test('an analyst may read the timeline but every action is a 403 that changes nothing', async () => {
  const { caseId } = await openCase();
  const actions: [string, unknown][] = [
    ['assign', { assignee_id: moderator.id }],
    ['snooze', { until: inFuture(3_600_000) }],
    ['notes', { body: 'hi' }],
    ['decision', { decision: 'confirm_fraud', note: 'x', closing_label: 'collusion' }],
  ];
  for (const [action, body] of actions) {
    const res = await request('POST', `/v1/admin/fraud-cases/${caseId}/${action}`, { token: analyst.token, body });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  }
  expect((await request('GET', `/v1/admin/fraud-cases/${caseId}/timeline`, { token: analyst.token })).status).toBe(200);
  expect(await app.ctx.db.selectFrom('fraud_cases').select(['status', 'assignee_id', 'snoozed_until', 'closing_label']).where('id', '=', caseId).executeTakeFirstOrThrow()).toEqual(
    { status: 'open', assignee_id: null, snoozed_until: null, closing_label: null },
  );
  expect(await app.ctx.db.selectFrom('fraud_case_notes').select('id').where('case_id', '=', caseId).execute()).toEqual([]);
  expect(await auditOf(caseId)).toEqual([]);
});

test('bad input is a 4xx problem naming the field', async () => {
  const { caseId } = await openCase();
  const badInbox = await request('GET', '/v1/admin/fraud-cases?inbox=everyone', { token: moderator.token });
  expect(badInbox.status).toBe(400);
  expect(JSON.stringify(badInbox.body)).toContain('inbox');
  const badId = await request('POST', '/v1/admin/fraud-cases/not-a-uuid/assign', { token: moderator.token, body: { assignee_id: null } });
  expect(badId.status).toBeLessThan(500);
  expect(JSON.stringify(badId.body)).toContain('id');
  const missing = await request('POST', `/v1/admin/fraud-cases/${caseId}/assign`, { token: moderator.token, body: {} });
  expect(missing.status).toBeGreaterThanOrEqual(400);
  expect(missing.status).toBeLessThan(500);
  expect(JSON.stringify(missing.body)).toContain('assignee_id');
});
