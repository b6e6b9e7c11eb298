import { randomUUID } from 'node:crypto';
import { sealAuditBacklog } from '../src/modules/platform/audit';
import { type Request, type TestApp, type TestUser, client, makeListing, makeStaff, registerUser, startTestApp, SHIP_TO } from '../../test/harness';

let app: TestApp;
let request: Request;
let admin: TestUser;
let moderator: TestUser;
let analyst: TestUser;
let arbitrator: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  [admin, moderator, analyst, arbitrator] = await Promise.all([
    makeStaff(app, ['admin']),
    makeStaff(app, ['moderator']),
    makeStaff(app, ['analyst']),
    makeStaff(app, ['arbitrator']),
  ]);
});
afterAll(() => app.close());

const get = (path: string, who: TestUser = admin) => request('GET', path, { token: who.token });
const moderate = (userId: string, action: string, reason: string, who = moderator) =>
  request('POST', `/v1/admin/users/${userId}/${action}`, { token: who.token, body: { reason } });

async function openCase(): Promise<string> {
  const [seller, buyer] = await Promise.all([registerUser(request), registerUser(request)]);
  const listing = await makeListing(request, seller, { price: { amount: 30_000, currency: 'EUR' } });
  const order = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
  await request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_riskLevelElevated', shipping_address: SHIP_TO } });
  return (await app.ctx.db.selectFrom('fraud_cases').select('id').where('order_id', '=', order.id).executeTakeFirstOrThrow()).id;
}

test('the audit log reads newest first, filters by entity, actor and action, pages by keyset and shows the seal', async () => {
  const user = await registerUser(request);
  await moderate(user.id, 'warn', 'first');
  await moderate(user.id, 'suspend', 'second', admin);
  await moderate(user.id, 'reinstate', 'third');

  const all = await get(`/v1/admin/audit?entity_type=user&entity_id=${user.id}`);
  expect(all.status).toBe(200);
  expect(all.body.data.map((e: { action: string; actor_id: string }) => [e.action, e.actor_id])).toEqual([
    ['user.reinstate', moderator.id],
    ['user.suspend', admin.id],
    ['user.warn', moderator.id],
  ]);
  expect(all.body.data[1]).toMatchObject({ entity_type: 'user', entity_id: user.id, details: { reason: 'second' }, sealed: false, seq: null });

  const byActor = await get(`/v1/admin/audit?entity_id=${user.id}&actor_id=${admin.id}`);
  expect(byActor.body.data.map((e: { action: string }) => e.action)).toEqual(['user.suspend']);
  const byAction = await get(`/v1/admin/audit?action=user.warn&entity_id=${user.id}`);
  expect(byAction.body.data).toHaveLength(1);

  const first = await get(`/v1/admin/audit?entity_id=${user.id}&limit=2`);
  expect(first.body.data).toHaveLength(2);
  const rest = await get(`/v1/admin/audit?entity_id=${user.id}&limit=2&cursor=${first.body.next_cursor}`);
  expect([rest.body.data.map((e: { action: string }) => e.action), rest.body.next_cursor]).toEqual([['user.warn'], null]);

  await sealAuditBacklog(app.ctx.db);
  const sealed = await get(`/v1/admin/audit?entity_id=${user.id}`);
  expect(sealed.body.data.every((e: { sealed: boolean; seq: string | null }) => e.sealed && /^\d+$/.test(e.seq!))).toBe(true);
  const seqs = sealed.body.data.map((e: { seq: string }) => Number(e.seq));
  expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
});

test('the audit log is admin-only; bad filters are a 400 naming the field', async () => {
  for (const who of [moderator, analyst, arbitrator]) expect((await get('/v1/admin/audit', who)).status).toBe(403);
  const cases: [string, string][] = [
    ['/v1/admin/audit?entity_id=nope', 'entity_id'],
    ['/v1/admin/audit?actor_id=1', 'actor_id'],
    ['/v1/admin/audit?cursor=abc', 'cursor'],
    // Past bigint: Postgres would reject the comparison (a 500) if it got that far.
    [`/v1/admin/audit?cursor=${Buffer.from('9999999999999999999').toString('base64url')}`, 'cursor'],
    ['/v1/admin/audit?limit=500', 'limit'],
    ['/v1/admin/audit?entity_type=', 'entity_type'],
    ['/v1/admin/audit?colour=red', 'colour'],
  ];
  for (const [path, field] of cases) {
    const res = await get(path);
    expect([path, res.status]).toEqual([path, 400]);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(res.body)).toContain(field);
  }
});

test('an entity timeline lists every decision on it, readable with the permission that reads the entity', async () => {
  const caseId = await openCase();
  await request('POST', `/v1/admin/fraud-cases/${caseId}/notes`, { token: moderator.token, body: { body: 'looks off' } });
  await request('POST', `/v1/admin/fraud-cases/${caseId}/decision`, { token: moderator.token, body: { decision: 'clear', note: 'fine', closing_label: 'false_positive' } });

  const timeline = await get(`/v1/admin/timeline/fraud_case/${caseId}`, analyst);
  expect(timeline.status).toBe(200);
  expect(timeline.body.data.map((e: { action: string }) => e.action)).toEqual(['fraud_case.clear', 'fraud_case.note_added']);
  expect(timeline.body.data[0]).toMatchObject({ actor_id: moderator.id, details: { note: 'fine', closing_label: 'false_positive' } });
  // Arbitrators may not read fraud cases, so not their timeline either; they may read users'.
  expect((await get(`/v1/admin/timeline/fraud_case/${caseId}`, arbitrator)).status).toBe(403);

  const user = await registerUser(request);
  await moderate(user.id, 'warn', 'be nice');
  const userTimeline = await get(`/v1/admin/timeline/user/${user.id}`, arbitrator);
  expect(userTimeline.body.data).toEqual([expect.objectContaining({ action: 'user.warn', details: { reason: 'be nice', moderation_action_id: expect.any(String) } })]);
  expect((await get(`/v1/admin/timeline/user/${user.id}`, analyst)).status).toBe(403);
  // An id in upper case names the same entity.
  expect((await get(`/v1/admin/timeline/user/${user.id.toUpperCase()}`, arbitrator)).body.data).toEqual(userTimeline.body.data);
  // An entity nobody decided on has an empty timeline; one that does not exist has none.
  expect((await get(`/v1/admin/timeline/user/${(await registerUser(request)).id}`, arbitrator)).body).toEqual({ data: [], next_cursor: null });
  const unknown = await get(`/v1/admin/timeline/order/${randomUUID()}`, analyst);
  expect(unknown.status).toBe(404);
  expect(unknown.headers.get('content-type')).toContain('application/problem+json');
  expect((await request('GET', `/v1/admin/timeline/user/${user.id}`, { token: user.token })).status).toBe(403);

  for (const path of [`/v1/admin/timeline/spaceship/${user.id}`, '/v1/admin/timeline/user/nope']) {
    const res = await get(path);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain(path.includes('spaceship') ? 'entityType' : 'entityId');
  }
});
