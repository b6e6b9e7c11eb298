import { inTransaction } from '../src/db/transaction';
import { publishToTopic, publishToUsers } from '../src/modules/platform/realtime';
import { type Request, type TestApp, client, registerUser, startTestApp } from '../../test/harness';
import { connectRealtime } from '../../test/realtime-client';

// The channel itself: authentication at the upgrade, delivery with cursors, replay after a
// reconnect, refusals as error frames and close codes. What modules send over it is tested with them.

let app: TestApp;
let request: Request;

beforeAll(async () => {
  app = await startTestApp({ env: { REALTIME_MAX_FRAME_BYTES: '1024' } });
  request = client(app.url);
});
afterAll(() => app.close());

const publish = (userIds: string[], type: string, data: Record<string, unknown>) =>
  inTransaction(app.ctx.db, (trx) => publishToUsers(trx, app.ctx.keyring, userIds, { type, data }, new Date()));

test('an event published in a committed transaction reaches every socket of its user, with increasing cursors', async () => {
  const alice = await registerUser(request);
  const bob = await registerUser(request);
  const phone = await connectRealtime(app.url, { token: alice.token });
  const laptop = await connectRealtime(app.url, { token: alice.token });
  const bobs = await connectRealtime(app.url, { token: bob.token });
  await publish([alice.id], 'test.first', { n: 1 });
  await publish([alice.id, bob.id], 'test.second', { n: 2 });
  for (const socket of [phone, laptop]) {
    const first = await socket.next((f) => f.type === 'event');
    const second = await socket.next((f) => f.type === 'event');
    expect(first).toMatchObject({ cursor: 1, event: { type: 'test.first', data: { n: 1 } } });
    expect(second).toMatchObject({ cursor: 2, event: { type: 'test.second', data: { n: 2 } } });
  }
  // Bob's stream is his own: his first event is his cursor 1.
  expect(await bobs.next((f) => f.type === 'event')).toMatchObject({ cursor: 1, event: { type: 'test.second' } });
  [phone, laptop, bobs].forEach((s) => s.close());
});

test('a rolled-back transaction delivers nothing; the stored event is encrypted', async () => {
  const alice = await registerUser(request);
  const socket = await connectRealtime(app.url, { token: alice.token });
  await expect(
    inTransaction(app.ctx.db, async (trx) => {
      await publishToUsers(trx, app.ctx.keyring, [alice.id], { type: 'test.rolled_back', data: { secret: 'never' } }, new Date());
      throw new Error('abort');
    }),
  ).rejects.toThrow('abort');
  await publish([alice.id], 'test.kept', { secret: 'plain words' });
  expect(await socket.next((f) => f.type === 'event')).toMatchObject({ cursor: 1, event: { type: 'test.kept' } });
  const row = await app.ctx.db.selectFrom('realtime_events').select('data').where('user_id', '=', alice.id).executeTakeFirstOrThrow();
  expect(row.data.toString('latin1')).not.toContain('plain words');
  socket.close();
});

test('a client reconnecting with its last cursor gets exactly what it missed, in order', async () => {
  const alice = await registerUser(request);
  const socket = await connectRealtime(app.url, { token: alice.token });
  await publish([alice.id], 'test.seen', { n: 1 });
  const seen = await socket.next((f) => f.type === 'event');
  socket.close();
  await socket.closed;
  for (let n = 2; n <= 4; n += 1) await publish([alice.id], 'test.missed', { n });
  const again = await connectRealtime(app.url, { token: alice.token, cursor: seen.cursor });
  const replayed = [await again.next((f) => f.type === 'event'), await again.next((f) => f.type === 'event'), await again.next((f) => f.type === 'event')];
  expect(replayed.map((f) => [f.cursor, f.event.data.n])).toEqual([
    [2, 2],
    [3, 3],
    [4, 4],
  ]);
  // Without a cursor a socket starts at now: the hello says where, nothing old is replayed.
  const fresh = await connectRealtime(app.url, { token: alice.token });
  await publish([alice.id], 'test.after', { n: 5 });
  expect(await fresh.next((f) => f.type === 'event')).toMatchObject({ cursor: 5 });
  // A cursor the server never gave is answered with a reset to the head.
  const bogus = await connectRealtime(app.url, { token: alice.token, cursor: 999 });
  expect(await bogus.next((f) => f.type === 'reset')).toMatchObject({ cursor: 5 });
  [again, fresh, bogus].forEach((s) => s.close());
});

test('the upgrade refuses a missing or bad token (401), a bad cursor (400), a plain GET (426) and a console cookie from another origin (403), in problem+json', async () => {
  await expect(connectRealtime(app.url)).rejects.toMatchObject({ status: 401, body: { code: 'unauthenticated' } });
  await expect(connectRealtime(app.url, { token: 'x'.repeat(40) })).rejects.toMatchObject({ status: 401 });
  const alice = await registerUser(request);
  await expect(connectRealtime(app.url, { token: alice.token, cursor: -1 })).rejects.toMatchObject({ status: 400, body: { errors: [{ field: 'query.cursor' }] } });
  // A plain GET (no Upgrade) is told to upgrade.
  const plain = await request('GET', '/v1/realtime', { token: alice.token });
  expect(plain).toMatchObject({ status: 426, body: { code: 'upgrade_required' } });
  await expect(connectRealtime(app.url, { headers: { cookie: `agora_session=${alice.token}`, origin: 'http://evil.example' } })).rejects.toMatchObject({
    status: 403,
    body: { code: 'cross_origin' },
  });
  const host = new URL(app.url).host;
  const same = await connectRealtime(app.url, { headers: { cookie: `agora_session=${alice.token}`, origin: `http://${host}` } });
  same.close();
});

test('malformed, unknown and oversized frames get error frames or a close code, and the server stays up', async () => {
  const alice = await registerUser(request);
  const socket = await connectRealtime(app.url, { token: alice.token });
  socket.send('not json');
  expect(await socket.next((f) => f.type === 'error')).toMatchObject({ code: 'invalid_frame' });
  socket.send({ type: 'launch_missiles', ref: 'r1' });
  expect(await socket.next((f) => f.type === 'error')).toMatchObject({ code: 'unknown_frame', ref: 'r1', field: 'type' });
  socket.send({ type: 'subscribe', topic: 'auction:does-not-exist', ref: 'r2' });
  expect(await socket.next((f) => f.type === 'error')).toMatchObject({ code: 'topic_not_found', ref: 'r2' });
  socket.send({ type: 'ping', ref: 'p', extra: 1 });
  expect(await socket.next((f) => f.type === 'error')).toMatchObject({ code: 'invalid_frame' });
  socket.send({ type: 'ping', ref: 'p' });
  expect(await socket.next((f) => f.type === 'pong')).toMatchObject({ ref: 'p' });
  socket.send({ type: 'ping', pad: 'x'.repeat(2000) });
  expect(await socket.closed).toMatchObject({ code: 1009 });
  expect((await request('GET', '/health')).status).toBeLessThan(600);
  const again = await connectRealtime(app.url, { token: alice.token });
  again.close();
});

test('a flood of frames is refused, then the socket is closed with 1008', async () => {
  const alice = await registerUser(request);
  const socket = await connectRealtime(app.url, { token: alice.token });
  for (let i = 0; i < 200; i += 1) socket.send({ type: 'ping' });
  expect(await socket.next((f) => f.type === 'error' && f.code === 'rate_limited')).toBeDefined();
  expect(await socket.closed).toMatchObject({ code: 1008 });
});

test("logging out closes that session's sockets with 4001; other sessions stay open", async () => {
  const alice = await registerUser(request);
  const other = await request('POST', '/v1/auth/login', { body: { email: alice.email, password: 'correct horse battery' } });
  const doomed = await connectRealtime(app.url, { token: alice.token });
  const kept = await connectRealtime(app.url, { token: other.body.token });
  expect((await request('POST', '/v1/auth/logout', { token: alice.token })).status).toBe(204);
  expect(await doomed.closed).toMatchObject({ code: 4001 });
  kept.send({ type: 'ping', ref: 'still' });
  expect(await kept.next((f) => f.type === 'pong')).toMatchObject({ ref: 'still' });
  kept.close();
});

test('a topic event reaches only the sockets watching it', async () => {
  const alice = await registerUser(request);
  const socket = await connectRealtime(app.url, { token: alice.token });
  await publishToTopic(app.ctx.db, 'nobody:watches', { type: 'test.topic', data: {} });
  socket.send({ type: 'ping', ref: 'after' });
  expect(await socket.next((f) => f.type === 'pong')).toMatchObject({ ref: 'after' });
  expect(socket.frames.filter((f) => f.type === 'topic')).toEqual([]);
  socket.close();
});
