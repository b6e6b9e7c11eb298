import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { freePort } from '../src/db/free-port';
import { inTransaction } from '../src/db/transaction';
import { publishToUsers } from '../src/modules/platform/realtime';
import { TEST_ENV, type TestContext, client, createTestContext, registerUser } from '../../test/harness';
import { connectRealtime } from '../../test/realtime-client';

// Two real API processes (`tsx api/src/main.ts`, ROLE=api) on one database: whatever is published
// through one reaches the sockets of the other over Postgres LISTEN/NOTIFY, and a lost LISTEN
// connection loses nothing (the hub re-reads the store when the bus comes back).

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../..');
// Both processes and this one seal and open the same streams: one keyring for all.
const MASTER_KEYS = { MASTER_KEYS: `fanout:${randomBytes(32).toString('base64')}`, MASTER_KEY_ID: 'fanout' };

let test_: TestContext;
const children: ChildProcess[] = [];
let one: string;
let two: string;

/** One API process on the shared database, resolved with its URL once /health answers. */
async function startApi(): Promise<string> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...TEST_ENV,
    ...MASTER_KEYS,
    ROLE: 'api',
    DATABASE_URL: test_.databaseUrl,
    SEED_DEMO: 'false',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'agora-fanout-')),
  };
  // A ClickHouse server if the run has one; otherwise each process embeds its own in its DATA_DIR.
  if (process.env.TEST_CLICKHOUSE_URL) Object.assign(env, { CLICKHOUSE_URL: process.env.TEST_CLICKHOUSE_URL, CLICKHOUSE_DATABASE: test_.ctx.analytics.database });
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'api/src/main.ts')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API process exited with ${child.exitCode}:\n${output}`);
    const res = await fetch(`${url}/health`).catch(() => undefined);
    if (res?.status === 200) return url;
    await sleep(250);
  }
}

beforeAll(async () => {
  test_ = await createTestContext({ env: MASTER_KEYS });
  [one, two] = await Promise.all([startApi(), startApi()]);
});

afterAll(async () => {
  await Promise.all(
    children.map(async (child) => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }),
  );
  await test_.close();
});

test("a user event committed by another process reaches the user's sockets on both API processes", async () => {
  const request = client(one);
  const alice = await registerUser(request);
  const bob = await registerUser(request);
  const onTwo = await connectRealtime(two, { token: bob.token });
  const onOne = await connectRealtime(one, { token: bob.token });
  // Committed by this (third) process on the shared database, as a module's service does in its transaction.
  await inTransaction(test_.ctx.db, (trx) => publishToUsers(trx, test_.ctx.keyring, [bob.id], { type: 'message.created', data: { from: alice.id, body: 'hello' } }, new Date()));
  for (const socket of [onTwo, onOne]) {
    expect(await socket.next((f) => f.type === 'event')).toMatchObject({ cursor: 1, event: { type: 'message.created', data: { from: alice.id, body: 'hello' } } });
    socket.close();
  }
});

test('a report filed through process 1 reaches the moderators watching the reports queue on process 2, and only them', async () => {
  const request = client(one);
  const [alice, bob, moderator, analyst] = [await registerUser(request), await registerUser(request), await registerUser(request), await registerUser(request)];
  await test_.ctx.db
    .updateTable('users')
    .set({ roles: ['moderator'] })
    .where('id', '=', moderator.id)
    .execute();
  await test_.ctx.db
    .updateTable('users')
    .set({ roles: ['analyst'] })
    .where('id', '=', analyst.id)
    .execute();
  const watcher = await connectRealtime(two, { token: moderator.token });
  watcher.send({ type: 'subscribe', topic: 'staff:reports', ref: 'w' });
  expect(await watcher.next((f) => f.type === 'subscribed')).toMatchObject({ topic: 'staff:reports', ref: 'w' });
  // An analyst may not read reports: the queue is refused like a topic that does not exist.
  const outsider = await connectRealtime(two, { token: analyst.token });
  outsider.send({ type: 'subscribe', topic: 'staff:reports', ref: 'o' });
  expect(await outsider.next((f) => f.type === 'error')).toMatchObject({ code: 'topic_not_found', ref: 'o' });
  const report = await request('POST', '/v1/reports', { token: alice.token, body: { target_type: 'user', target_id: bob.id, reason: 'spam' } });
  expect(report.status).toBe(201);
  expect(await watcher.next((f) => f.type === 'topic')).toEqual({
    type: 'topic',
    topic: 'staff:reports',
    event: { type: 'queue.changed', data: { queue: 'reports', id: report.body.id } },
  });
  [watcher, outsider].forEach((s) => s.close());
});

test("logging out on process 1 closes the session's socket on process 2 with 4001", async () => {
  const request = client(one);
  const alice = await registerUser(request);
  const socket = await connectRealtime(two, { token: alice.token });
  expect((await request('POST', '/v1/auth/logout', { token: alice.token })).status).toBe(204);
  expect(await socket.closed).toMatchObject({ code: 4001 });
  await expect(connectRealtime(two, { token: alice.token })).rejects.toMatchObject({ status: 401 });
});

test('a LISTEN connection killed by the server reconnects, and what was published while it was down is delivered', async () => {
  const alice = await registerUser(client(one));
  const socket = await connectRealtime(two, { token: alice.token });
  const db = test_.ctx.db;
  const listeners = sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'agora-realtime' AND datname = current_database()`;
  expect((await listeners.execute(db)).rows[0]!.n).toBe(2);
  await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'agora-realtime' AND datname = current_database()`.execute(db);
  // Published while nobody listens: the NOTIFY is lost for good, the event is not.
  const heard = await inTransaction(db, async (trx) => {
    await publishToUsers(trx, test_.ctx.keyring, [alice.id], { type: 'test.while_down', data: { n: 1 } }, new Date());
    return (await listeners.execute(trx)).rows[0]!.n;
  });
  expect(heard).toBe(0);
  expect(await socket.next((f) => f.type === 'event')).toMatchObject({ cursor: 1, event: { type: 'test.while_down', data: { n: 1 } } });
  // Both processes listen again and deliver as before.
  for (let i = 0; i < 100 && (await listeners.execute(db)).rows[0]!.n < 2; i += 1) await sleep(100);
  expect((await listeners.execute(db)).rows[0]!.n).toBe(2);
  await inTransaction(db, (trx) => publishToUsers(trx, test_.ctx.keyring, [alice.id], { type: 'test.after', data: { n: 2 } }, new Date()));
  expect(await socket.next((f) => f.type === 'event')).toMatchObject({ cursor: 2, event: { type: 'test.after' } });
  socket.close();
});
