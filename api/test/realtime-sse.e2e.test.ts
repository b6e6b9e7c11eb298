import { setTimeout as sleep } from 'node:timers/promises';
import { inTransaction } from '../src/db/transaction';
import { publishToUsers } from '../src/modules/platform/realtime';
import { type Request, type TestApp, client, makeStaff, registerUser, startTestApp } from '../../test/harness';
import { openEventStream } from '../../test/event-stream-client';

// The Server-Sent Events fallback: the same stream as the socket over a plain streaming GET, read here
// by a real streaming fetch client.

let app: TestApp;
let request: Request;

beforeAll(async () => {
  // Short heartbeats, so a test sees them in well under a second.
  app = await startTestApp({ env: { REALTIME_HEARTBEAT_MS: '200' } });
  request = client(app.url);
});
afterAll(() => app.close());

const publish = (userIds: string[], type: string, data: Record<string, unknown>) =>
  inTransaction(app.ctx.db, (trx) => publishToUsers(trx, app.ctx.keyring, userIds, { type, data }, new Date()));

test('events arrive as they are committed: id = cursor, event = type, data = JSON; heartbeats are comments', async () => {
  const alice = await registerUser(request);
  const stream = await openEventStream(app.url, { token: alice.token });
  expect(stream.status).toBe(200);
  expect(stream.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
  expect(await stream.next()).toMatchObject({ event: 'hello', data: { type: 'hello', cursor: 0, user_id: alice.id } });
  await publish([alice.id], 'test.first', { n: 1 });
  await publish([alice.id], 'test.second', { n: 2 });
  expect(await stream.next()).toEqual({ id: '1', event: 'test.first', data: { cursor: 1, type: 'test.first', data: { n: 1 }, at: expect.any(String) } });
  expect(await stream.next()).toMatchObject({ id: '2', event: 'test.second', data: { cursor: 2, data: { n: 2 } } });
  for (let i = 0; i < 50 && !stream.comments.includes('heartbeat'); i += 1) await sleep(50);
  expect(stream.comments).toContain('heartbeat');
  stream.close();
});

test('Last-Event-ID (or ?cursor=) resumes exactly after the last event received', async () => {
  const alice = await registerUser(request);
  for (let n = 1; n <= 3; n += 1) await publish([alice.id], 'test.missed', { n });
  const resumed = await openEventStream(app.url, { token: alice.token, headers: { 'last-event-id': '1' } });
  expect([(await resumed.next((e) => e.event === 'test.missed')).id, (await resumed.next((e) => e.event === 'test.missed')).id]).toEqual(['2', '3']);
  resumed.close();
  // Last-Event-ID wins over the cursor of the URL the browser reconnects to.
  const byQuery = await openEventStream(app.url, { token: alice.token, query: 'cursor=2', headers: { 'last-event-id': '0' } });
  expect((await byQuery.next((e) => e.event === 'test.missed')).id).toBe('1');
  byQuery.close();
  const byCursor = await openEventStream(app.url, { token: alice.token, query: 'cursor=2' });
  expect((await byCursor.next((e) => e.event === 'test.missed')).id).toBe('3');
  byCursor.close();
  // A cursor the server never gave: a reset to the head, whose id is where to resume.
  const bogus = await openEventStream(app.url, { token: alice.token, query: 'cursor=99' });
  expect(await bogus.next((e) => e.event === 'reset')).toMatchObject({ id: '3', data: { cursor: 3 } });
  bogus.close();
});

test('topics: a moderator watching staff:reports hears of a new report; topics one may not watch are a 404', async () => {
  const [alice, bob] = [await registerUser(request), await registerUser(request)];
  const moderator = await makeStaff(app, ['moderator']);
  const analyst = await makeStaff(app, ['analyst']);
  const stream = await openEventStream(app.url, { token: moderator.token, query: 'topics=staff:reports,staff:listings' });
  expect(stream.status).toBe(200);
  await stream.next((e) => e.event === 'hello');
  const report = await request('POST', '/v1/reports', { token: alice.token, body: { target_type: 'user', target_id: bob.id, reason: 'spam' } });
  expect(await stream.next((e) => e.event === 'queue.changed')).toEqual({
    event: 'queue.changed',
    data: { topic: 'staff:reports', type: 'queue.changed', data: { queue: 'reports', id: report.body.id } },
  });
  stream.close();
  for (const [token, topics] of [
    [analyst.token, 'staff:reports'],
    [alice.token, 'staff:reports'],
    [alice.token, 'auction:00000000-0000-0000-0000-000000000000'],
    [moderator.token, 'staff:nothing'],
  ] as const) {
    const refused = await openEventStream(app.url, { token, query: `topics=${topics}` });
    expect(refused).toMatchObject({ status: 404, body: { code: 'not_found' } });
  }
});

test('bad requests are answered in problem+json before any stream: no Accept (406), no token (401), bad cursor or Last-Event-ID (400), bad topics (400)', async () => {
  const alice = await registerUser(request);
  expect(await openEventStream(app.url, { token: alice.token, headers: { accept: 'application/json' } })).toMatchObject({
    status: 406,
    body: { code: 'not_acceptable', errors: [{ field: 'header.Accept' }] },
  });
  expect(await openEventStream(app.url, { token: alice.token, headers: { accept: '*/*' } })).toMatchObject({ status: 406 });
  expect(await openEventStream(app.url)).toMatchObject({ status: 401, body: { code: 'unauthenticated' } });
  expect(await openEventStream(app.url, { token: alice.token, query: 'cursor=-1' })).toMatchObject({ status: 400, body: { errors: [{ field: 'query.cursor' }] } });
  expect(await openEventStream(app.url, { token: alice.token, headers: { 'last-event-id': 'abc' } })).toMatchObject({
    status: 400,
    body: { errors: [{ field: 'header.Last-Event-ID' }] },
  });
  expect(await openEventStream(app.url, { token: alice.token, query: 'topics=nocolon' })).toMatchObject({
    status: 400,
    body: { errors: [{ field: expect.stringMatching(/^query\.topics/) }] },
  });
  const many = Array.from({ length: 51 }, (_, i) => `staff:q${i}`).join(',');
  expect(await openEventStream(app.url, { token: alice.token, query: `topics=${many}` })).toMatchObject({ status: 400 });
});

test('logging out ends the stream with a close event (4001); a client that hangs up is forgotten by the hub', async () => {
  const alice = await registerUser(request);
  const stream = await openEventStream(app.url, { token: alice.token });
  await stream.next((e) => e.event === 'hello');
  expect((await request('POST', '/v1/auth/logout', { token: alice.token })).status).toBe(204);
  expect(await stream.next((e) => e.event === 'close')).toMatchObject({ data: { code: 4001, reason: 'session ended' } });
  await stream.ended;

  const bob = await registerUser(request);
  const before = app.realtime.hub.connections();
  const leaving = await openEventStream(app.url, { token: bob.token });
  await leaving.next((e) => e.event === 'hello');
  expect(app.realtime.hub.connections()).toBe(before + 1);
  leaving.close();
  for (let i = 0; i < 50 && app.realtime.hub.connections() > before; i += 1) await sleep(50);
  expect(app.realtime.hub.connections()).toBe(before);
});
