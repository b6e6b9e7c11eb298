// npm run bench:realtime -- [--sockets 5000] [--events 2000] [--rounds 10] [--workers 4]
//
// The real-time channel under 5,000 concurrent sockets on loopback, beside a baseline of the same
// number of sockets on a bare `ws` server (no authentication, no hub, no database):
// (a) memory per connection: the server process's RSS with the sockets open minus before any opened;
// (b) fan-out latency, publish (commit) → receipt on the client: user events (one per socket's user,
//     each its own transaction) and topic events (one to all sockets at once), vs the bare server's
//     broadcast (HTTP trigger → receipt).
// Users and sessions are written straight to the database (registration is scrypt-slow on purpose).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { loadKeyring } from '../api/src/adapters/keyring';
import { createDatabase } from '../api/src/db/database';
import { inTransaction } from '../api/src/db/transaction';
import { hashToken, newToken } from '../api/src/modules/marketplace/users';
import { publishToTopic, publishToUsers } from '../api/src/modules/platform/realtime';
import { freePort } from '../api/src/db/free-port';
import { REPO_ROOT, startApp } from './lib/app';
import { waitForHttp } from './lib/http';
import { startBenchServer } from './lib/postgres';
import { createCleanup, startService } from './lib/processes';
import { runBench, startRun, writeResults } from './lib/run';
import type { Receipt, WorkerCommand } from './lib/socket-clients';
import { summarize } from './lib/stats';
import { type Table, fmt } from './lib/table';
import { positiveInt } from './args';

const TOPIC = 'staff:reports';
const now = () => performance.timeOrigin + performance.now();
const log = (line: string) => process.stderr.write(`[bench:realtime] ${line}\n`);

/** A process's resident memory (VmRSS), in bytes. */
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;

/** The soft limit on open files of this process (children inherit it). */
const openFileLimit = () => Number(/Max open files\s+(\d+|unlimited)/.exec(readFileSync('/proc/self/limits', 'utf8'))![1]!.replace('unlimited', 'Infinity'));

/** The client side: `workers` threads, each holding a share of the sockets. */
function startClients(workers: number) {
  // Node 20 does not run the tsx loader in worker threads: the worker registers tsx's require hook itself.
  const script = `require('tsx/cjs'); require(${JSON.stringify(path.join(__dirname, 'lib/socket-clients.ts'))});`;
  const threads = Array.from({ length: workers }, () => new Worker(script, { eval: true, execArgv: [] }));
  const ask = <T>(w: Worker, m: WorkerCommand) => new Promise<T>((resolve, reject) => (w.once('message', resolve), w.once('error', reject), w.postMessage(m)));
  return {
    async connect(url: string, tokens: (string | null)[], topic?: string): Promise<void> {
      const share = Math.ceil(tokens.length / workers);
      await Promise.all(threads.map((w, i) => ask(w, { cmd: 'connect', url, tokens: tokens.slice(i * share, (i + 1) * share), topic })));
    },
    async receipts(): Promise<Receipt[]> {
      return (await Promise.all(threads.map((w) => ask<{ receipts: Receipt[] }>(w, { cmd: 'receipts' })))).flatMap((r) => r.receipts);
    },
    async close(): Promise<void> {
      await Promise.all(threads.map((w) => ask(w, { cmd: 'close' })));
    },
    stop: () => Promise.all(threads.map((w) => w.terminate())),
  };
}
type Clients = ReturnType<typeof startClients>;

/** Waits until `expected` receipts of `kind` arrived (or `timeoutMs` passed); returns their latencies in ms. */
async function latencies(clients: Clients, kind: Receipt[0], sentAt: Map<number, number>, expected: number, timeoutMs = 60_000): Promise<{ ms: number[]; missing: number }> {
  const ms: number[] = [];
  const deadline = Date.now() + timeoutMs;
  while (ms.length < expected && Date.now() < deadline) {
    await sleep(250);
    for (const [k, key, at] of await clients.receipts()) if (k === kind && sentAt.has(key)) ms.push(at - sentAt.get(key)!);
  }
  return { ms, missing: expected - ms.length };
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { sockets: { type: 'string' }, events: { type: 'string' }, rounds: { type: 'string' }, workers: { type: 'string' } } });
  const sockets = positiveInt(values.sockets, 'sockets', 5_000);
  const events = positiveInt(values.events, 'events', 2_000);
  const rounds = positiveInt(values.rounds, 'rounds', 10);
  const workers = positiveInt(values.workers, 'workers', 4);
  // Each socket is a descriptor in the server and one in this process (the clients), plus the engines' own.
  const needed = sockets + 1_000;
  if (openFileLimit() < needed) throw new Error(`open-file limit ${openFileLimit()} < ${needed}: raise it (ulimit -n ${needed * 2}) and run again`);

  const cleanup = createCleanup();
  cleanup.installSignalHandlers();
  const clients = startClients(workers);
  cleanup.add('stop the client threads', () => clients.stop().then(() => undefined));
  try {
    const { startedAt, stamp, resultsDir, machine, tmp } = startRun('realtime', cleanup);
    const server = await startBenchServer(tmp, cleanup, process.env.BENCH_DATABASE_URL);
    // This process publishes into the app's streams: one keyring for both.
    const keys = { MASTER_KEYS: `bench:${randomBytes(32).toString('base64')}`, MASTER_KEY_ID: 'bench' };
    // One process (node --import tsx), so its pid is the server whose memory is measured.
    const app = await startApp({ databaseUrl: server.appUrl, tmpDir: tmp, cleanup, role: 'api', env: keys, nodeArgs: ['--max-old-space-size=4096'] });
    const db = createDatabase(server.appUrl, 8);
    cleanup.add('close the database pool', () => db.destroy());
    const keyring = loadKeyring({ ...keys, DATA_DIR: tmp });

    log(`seeding ${sockets} users and sessions`);
    const tokens = Array.from({ length: sockets }, () => newToken());
    const userIds: string[] = [];
    for (let i = 0; i < sockets; i += 1_000) {
      const batch = tokens.slice(i, i + 1_000);
      // Moderators, so that every socket may watch the reports queue's topic.
      const users = await db
        .insertInto('users')
        .values(batch.map((_, j) => ({ email: `rt-${i + j}-${stamp}@bench.test`, password_hash: 'not-a-login', display_name: `Socket ${i + j}`, roles: ['moderator'] })))
        .returning('id')
        .execute();
      userIds.push(...users.map((u) => u.id));
      const expires = new Date(Date.now() + 24 * 3600_000);
      await db
        .insertInto('sessions')
        .values(batch.map((t, j) => ({ user_id: users[j]!.id, token_hash: hashToken(t), created_at: new Date(), expires_at: expires, revoked_at: null, idle_seconds: null })))
        .execute();
    }

    // (a) memory: the app before any socket, then with all of them open and idle.
    await sleep(3_000);
    const appBefore = rssOf(app.service.pid);
    const wsUrl = `${app.url.replace(/^http/, 'ws')}/v1/realtime`;
    log(`opening ${sockets} sockets to the app (${workers} client threads)`);
    const opened = now();
    await clients.connect(wsUrl, tokens, TOPIC);
    const openSeconds = (now() - opened) / 1000;
    await sleep(5_000);
    const appAfter = rssOf(app.service.pid);

    // (b) user events: one per socket's user (cycling), each its own transaction, 8 publishers at once.
    log(`publishing ${events} user events`);
    const userSent = new Map<number, number>();
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let seq = next++; seq < events; seq = next++) {
          await inTransaction(db, (trx) => publishToUsers(trx, keyring, [userIds[seq % sockets]!], { type: 'bench.event', data: { seq } }, new Date()));
          userSent.set(seq, now());
        }
      }),
    );
    const user = await latencies(clients, 'u', userSent, events);

    log(`publishing ${rounds} topic events to ${sockets} watchers`);
    const topicSent = new Map<number, number>();
    for (let round = 0; round < rounds; round += 1) {
      await publishToTopic(db, TOPIC, { type: 'bench.topic', data: { round } });
      topicSent.set(round, now());
      await sleep(1_000);
    }
    const topic = await latencies(clients, 't', topicSent, rounds * sockets);
    await clients.close();

    // The baseline: the same number of sockets on a bare ws server.
    const port = await freePort();
    const plain = startService('plain-ws', process.execPath, ['--import', 'tsx', path.join(__dirname, 'lib/plain-ws-server.ts')], {
      env: { ...process.env, PORT: String(port) },
      cwd: REPO_ROOT,
      logFile: path.join(tmp, 'plain-ws.log'),
    });
    cleanup.add('stop the plain ws server', () => plain.stop());
    const plainUrl = `http://127.0.0.1:${port}`;
    await waitForHttp(plainUrl, { timeoutMs: 30_000 });
    await sleep(3_000);
    const plainBefore = rssOf(plain.pid);
    log(`opening ${sockets} sockets to the bare ws server`);
    await clients.connect(
      plainUrl.replace(/^http/, 'ws'),
      tokens.map(() => null),
    );
    await sleep(5_000);
    const plainAfter = rssOf(plain.pid);
    const plainSent = new Map<number, number>();
    for (let round = 0; round < rounds; round += 1) {
      const at = now();
      await fetch(`${plainUrl}/broadcast?round=${round}`, { method: 'POST' });
      plainSent.set(round, at);
      await sleep(1_000);
    }
    const bare = await latencies(clients, 'p', plainSent, rounds * sockets);
    await clients.close();

    const perConn = (before: number, after: number) => (after - before) / sockets / 1024;
    const appPerConn = perConn(appBefore, appAfter);
    const plainPerConn = perConn(plainBefore, plainAfter);
    const s = { user: summarize(user.ms), topic: summarize(topic.ms), bare: summarize(bare.ms) };
    const memory: Table = {
      headers: ['server', 'RSS before MB', `RSS with ${sockets} idle sockets MB`, 'KB per socket', '÷ bare ws'],
      rows: [
        ['Agora API (hub, auth, topics)', fmt(appBefore / 2 ** 20), fmt(appAfter / 2 ** 20), fmt(appPerConn), fmt(appPerConn / plainPerConn, 2)],
        ['bare ws server (baseline)', fmt(plainBefore / 2 ** 20), fmt(plainAfter / 2 ** 20), fmt(plainPerConn), '1.00'],
      ],
    };
    const latency: Table = {
      headers: ['fan-out', 'deliveries', 'missing', 'p50 ms', 'p99 ms', 'max ms', 'p50 ÷ bare', 'p99 ÷ bare'],
      rows: [
        [
          `user events (1 user each, own transaction)`,
          user.ms.length,
          user.missing,
          fmt(s.user.p50, 2),
          fmt(s.user.p99, 2),
          fmt(s.user.max, 1),
          fmt(s.user.p50 / s.bare.p50, 1),
          fmt(s.user.p99 / s.bare.p99, 1),
        ],
        [
          `topic event → ${sockets} watchers`,
          topic.ms.length,
          topic.missing,
          fmt(s.topic.p50, 2),
          fmt(s.topic.p99, 2),
          fmt(s.topic.max, 1),
          fmt(s.topic.p50 / s.bare.p50, 1),
          fmt(s.topic.p99 / s.bare.p99, 1),
        ],
        [`bare ws broadcast → ${sockets} (baseline)`, bare.ms.length, bare.missing, fmt(s.bare.p50, 2), fmt(s.bare.p99, 2), fmt(s.bare.max, 1), '1.0', '1.0'],
      ],
    };
    const command = `npm run bench:realtime -- ${argv.join(' ')}`.trim();
    const headerLines = [
      `${startedAt.toISOString()} · ${machine.cpuCount} × ${machine.cpuModel} · Node ${machine.node} · Postgres (${server.origin})`,
      `commit ${machine.gitCommit?.slice(0, 12) ?? '?'}${machine.gitDirty ? ' (dirty)' : ''} · load average at start ${machine.loadAverageAtStart.join(' ')}, at end ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
      `${sockets} sockets opened in ${openSeconds.toFixed(1)} s (authenticated, subscribed to ${TOPIC}) by ${workers} client threads in one process, on loopback`,
      "memory: the server process's RSS before any socket vs with all open and idle for 5 s; latency: commit (or the bare server's HTTP trigger) → receipt, clocks of one machine",
    ];
    const report = {
      command,
      machine,
      sockets,
      events,
      rounds,
      workers,
      memory: { appBefore, appAfter, plainBefore, plainAfter, appPerConn, plainPerConn },
      latency: s,
      missing: { user: user.missing, topic: topic.missing, bare: bare.missing },
    };
    writeResults({ resultsDir, name: 'realtime', stamp, title: 'Real-time channel: 5,000 sockets', command, headerLines, tables: [memory, latency], report });
    return 0;
  } finally {
    await cleanup.run();
  }
}

runBench('bench:realtime', main);
