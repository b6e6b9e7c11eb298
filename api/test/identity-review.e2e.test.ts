import { randomBytes, randomUUID } from 'node:crypto';
import { type Request, type TestApp, type TestUser, client, makeStaff, registerUser, startTestApp, expectProblem } from '../../test/harness';

let app: TestApp;
let request: Request;
let moderator: TestUser;
let analyst: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  [moderator, analyst] = await Promise.all([makeStaff(app, ['moderator']), makeStaff(app, ['analyst'])]);
});
afterAll(() => app.close());

const pdf = () => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(512), Buffer.from('%%EOF\n')]);
async function submit(user: TestUser, bytes = pdf()) {
  const res = await request('POST', '/v1/me/identity-documents', {
    token: user.token,
    body: { kind: 'passport', content_type: 'application/pdf', content_base64: bytes.toString('base64') },
  });
  if (res.status !== 201) throw new Error(`submit: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}
const queue = (query = '', token = moderator.token) => request('GET', `/v1/admin/identity-documents${query}`, { token });
const content = (id: string, token = moderator.token) => request('GET', `/v1/admin/identity-documents/${id}/content`, { token });
const decide = (id: string, body: unknown, token = moderator.token) => request('POST', `/v1/admin/identity-documents/${id}/decision`, { token, body });
const me = async (user: TestUser) => (await request('GET', '/v1/me', { token: user.token })).body;
const myDocs = async (user: TestUser) => (await request('GET', '/v1/me/identity-documents', { token: user.token })).body.data;

test('a reviewer sees the pending queue, opens a document (audited per view) and approves it: the user is verified', async () => {
  const user = await registerUser(request);
  const bytes = pdf();
  const id = await submit(user, bytes);
  expect((await me(user)).identity_verified_at).toBeNull();

  const pending = await queue('?limit=100');
  expect(pending.status).toBe(200);
  expect(pending.body.data.find((d: { id: string }) => d.id === id)).toMatchObject({
    status: 'submitted',
    kind: 'passport',
    user: { id: user.id, email: user.email, identity_verified_at: null },
  });
  expect(pending.body.data[0]).not.toHaveProperty('content_base64');

  const opened = await content(id);
  expect(opened.status).toBe(200);
  expect(opened.headers.get('cache-control')).toBe('no-store');
  expect(Buffer.from(opened.body.content_base64, 'base64').equals(bytes)).toBe(true);
  await content(id);
  const views = await app.ctx.db
    .selectFrom('audit_log')
    .select(['actor_id', 'action', 'details'])
    .where('entity_id', '=', id)
    .where('action', '=', 'identity_document.viewed')
    .execute();
  expect(views).toEqual([1, 2].map(() => ({ actor_id: moderator.id, action: 'identity_document.viewed', details: { user_id: user.id, kind: 'passport' } })));

  const approved = await decide(id, { decision: 'approve' });
  expect(approved.status).toBe(200);
  expect(approved.body).toMatchObject({ id, status: 'approved', review_reason: null, reviewed_at: expect.any(String) });
  expect((await me(user)).identity_verified_at).toBe(approved.body.reviewed_at);
  expect((await queue('?limit=100')).body.data.map((d: { id: string }) => d.id)).not.toContain(id);
  expect((await queue('?status=approved&limit=100')).body.data.map((d: { id: string }) => d.id)).toContain(id);
  expectProblem(await decide(id, { decision: 'reject', reason: 'changed mind' }), 409);

  const audit = await app.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).where('action', '<>', 'identity_document.viewed').execute();
  expect(audit.map((a) => a.action)).toEqual(['identity_document.approve']);
  const events = await app.ctx.db
    .selectFrom('outbox')
    .select(['event_type', 'payload'])
    .where('aggregate_id', '=', user.id)
    .where('event_type', 'like', 'identity_document.%')
    .execute();
  expect(events).toEqual([{ event_type: 'identity_document.approved', payload: expect.objectContaining({ document_id: id, decision: 'approve', reviewed_by: moderator.id }) }]);
});

test('a rejection tells the user why and does not verify them', async () => {
  const user = await registerUser(request);
  const id = await submit(user);
  expectProblem(await decide(id, { decision: 'reject' }), 400, 'reason');
  expectProblem(await decide(id, { decision: 'reject', reason: '  ' }), 400, 'reason');
  const rejected = await decide(id, { decision: 'reject', reason: 'The photo page is cut off' });
  expect(rejected.body).toMatchObject({ status: 'rejected', review_reason: 'The photo page is cut off' });
  expect(await myDocs(user)).toEqual([expect.objectContaining({ id, status: 'rejected', review_reason: 'The photo page is cut off' })]);
  expect((await me(user)).identity_verified_at).toBeNull();
  const events = await app.ctx.db.selectFrom('outbox').select('event_type').where('aggregate_id', '=', user.id).where('event_type', 'like', 'identity_document.%').execute();
  expect(events.map((e) => e.event_type)).toEqual(['identity_document.rejected']);
});

test('staff without identity.review are refused everything and nothing is viewed or changed', async () => {
  const user = await registerUser(request);
  const id = await submit(user);
  for (const token of [analyst.token, user.token]) {
    expectProblem(await queue('', token), 403);
    expectProblem(await content(id, token), 403);
    expectProblem(await decide(id, { decision: 'approve' }, token), 403);
  }
  expect((await app.ctx.db.selectFrom('identity_documents').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('submitted');
  expect(await app.ctx.db.selectFrom('audit_log').select('id').where('entity_id', '=', id).execute()).toEqual([]);
  expect((await me(user)).identity_verified_at).toBeNull();
});

test('a reviewer may not approve their own document: 404 (as if it did not exist), not verified', async () => {
  const reviewer = await makeStaff(app, ['moderator']);
  const id = await submit(reviewer);
  expectProblem(await decide(id, { decision: 'approve' }, reviewer.token), 404);
  expect((await app.ctx.db.selectFrom('identity_documents').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('submitted');
  expect((await me(reviewer)).identity_verified_at).toBeNull();
});

test('bad input names the field; an unknown document is a 404 and no view is audited', async () => {
  expectProblem(await queue('?status=pending'), 400, 'query.status');
  expectProblem(await content('nope'), 400, 'params.id');
  const unknown = randomUUID();
  expectProblem(await content(unknown), 404);
  expectProblem(await decide(unknown, { decision: 'approve' }), 404);
  expectProblem(await decide(unknown, { decision: 'maybe' }), 400, 'decision');
  expectProblem(await decide(unknown, { decision: 'approve', extra: 1 }), 400, 'extra');
  expect(await app.ctx.db.selectFrom('audit_log').select('id').where('entity_id', '=', unknown).execute()).toEqual([]);
});

test('a document id in upper case opens and decides the same document', async () => {
  const user = await registerUser(request);
  const bytes = pdf();
  const id = await submit(user, bytes);
  const opened = await content(id.toUpperCase());
  expect(opened.status).toBe(200);
  expect(opened.body.id).toBe(id);
  expect(Buffer.from(opened.body.content_base64, 'base64').equals(bytes)).toBe(true);
  expect((await decide(id.toUpperCase(), { decision: 'approve' })).body).toMatchObject({ id, status: 'approved' });
  const audited = await app.ctx.db.selectFrom('audit_log').select('entity_id').where('entity_id', '=', id).execute();
  expect(audited).toHaveLength(2);
});
