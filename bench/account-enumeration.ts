// npm run bench:enumeration -- [--runs 60] [--warmup 5]
//
// Whether the answer time of the routes a stranger can call says which addresses have accounts. Each
// pair is measured round-robin in the same run, against the app started as production starts it:
// registering a new address (the baseline) beside a taken one, a password reset for a known address
// beside an unknown one, and a wrong password for a known address beside an unknown one. A ratio
// near 1 (and medians within the noise of the p90s) is what no enumeration by timing looks like.
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { startApp } from './lib/app';
import { createHttpClient } from './lib/http';
import { startBenchServer } from './lib/postgres';
import { createCleanup } from './lib/processes';
import { runBench, startRun, writeResults } from './lib/run';
import { type Summary, summarize } from './lib/stats';
import { type Table, fmt } from './lib/table';

const USAGE = `Usage: npm run bench:enumeration -- [options]

  --runs N     timed requests of each kind, interleaved round-robin (default 60)
  --warmup N   untimed requests of each kind first (default 5)
  -h, --help

Postgres: embedded in a temp dir, or the server of BENCH_DATABASE_URL (a fresh database there).`;

const PASSWORD = 'enumeration bench password';
const log = (line: string) => process.stderr.write(`[bench:enumeration] ${line}\n`);

function positiveInt(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got ${raw}`);
  return n;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { runs: { type: 'string' }, warmup: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const runs = Math.max(1, positiveInt(values.runs, 'runs', 60));
  const warmup = positiveInt(values.warmup, 'warmup', 5);
  const cleanup = createCleanup((l) => log(l));
  cleanup.installSignalHandlers();
  try {
    const { startedAt, stamp, resultsDir, machine, tmp } = startRun('enumeration', cleanup);
    const server = await startBenchServer(tmp, cleanup, process.env.BENCH_DATABASE_URL);
    // The lockout would start refusing the known address's wrong passwords, which is another answer.
    const app = await startApp({ databaseUrl: server.appUrl, tmpDir: tmp, cleanup, env: { LOGIN_LOCKOUT_THRESHOLD: '1000', RATE_LIMIT_CODE_IP_PER_MINUTE: '100000000' } });
    const http = createHttpClient(app.url, { maxSockets: 1 });
    const fresh = () => `enum-${randomBytes(6).toString('hex')}@example.test`;
    const known = fresh();
    const registered = await http.request('POST', '/v1/auth/register', { body: { email: known, password: PASSWORD, display_name: 'Known' } });
    if (registered.status !== 202) throw new Error(`registering the known address failed: ${registered.status}`);

    const call = async (path: string, body: unknown, expected: number) => {
      const res = await http.request('POST', path, { body });
      if (res.status !== expected) throw new Error(`${path}: ${res.status}, expected ${expected}`);
    };
    const pairs: { name: string; baseline: [string, () => Promise<void>]; other: [string, () => Promise<void>] }[] = [
      {
        name: 'register',
        baseline: ['new address', () => call('/v1/auth/register', { email: fresh(), password: PASSWORD, display_name: 'New' }, 202)],
        other: ['taken address', () => call('/v1/auth/register', { email: known, password: PASSWORD, display_name: 'Again' }, 202)],
      },
      {
        name: 'password reset',
        baseline: ['unknown address', () => call('/v1/auth/password-reset', { email: fresh() }, 202)],
        other: ['known address', () => call('/v1/auth/password-reset', { email: known }, 202)],
      },
      {
        name: 'wrong password',
        baseline: ['unknown address', () => call('/v1/auth/login', { email: fresh(), password: 'not the password' }, 401)],
        other: ['known address', () => call('/v1/auth/login', { email: known, password: 'not the password' }, 401)],
      },
    ];
    const kinds = pairs.flatMap((p) => [p.baseline, p.other].map(([label, run]) => ({ key: `${p.name}: ${label}`, run })));
    log(`${warmup} warm-up and ${runs} timed requests of each of ${kinds.length} kinds, round-robin, one at a time…`);
    for (let w = 0; w < warmup; w++) for (const k of kinds) await k.run();
    const samples: Record<string, number[]> = Object.fromEntries(kinds.map((k) => [k.key, []]));
    for (let r = 0; r < runs; r++) {
      for (const k of kinds) {
        const t = performance.now();
        await k.run();
        samples[k.key]!.push(performance.now() - t);
      }
    }
    const stats: Record<string, Summary> = Object.fromEntries(kinds.map((k) => [k.key, summarize(samples[k.key]!)]));
    const table: Table = {
      headers: ['route', 'baseline', 'p50 ms', 'p90 ms', 'compared', 'p50 ms', 'p90 ms', 'p50 ratio'],
      rows: pairs.map((p) => {
        const [a, b] = [stats[`${p.name}: ${p.baseline[0]}`]!, stats[`${p.name}: ${p.other[0]}`]!];
        return [p.name, p.baseline[0], fmt(a.p50, 1), fmt(a.p90, 1), p.other[0], fmt(b.p50, 1), fmt(b.p90, 1), fmt(b.p50 / a.p50, 2)];
      }),
      align: ['left', 'left', 'right', 'right', 'left', 'right', 'right', 'right'],
    };
    const command = `npm run bench:enumeration -- ${argv.join(' ')}`.trim();
    const headerLines = [
      `${startedAt.toISOString()} · ${machine.cpuCount} × ${machine.cpuModel} · Node ${machine.node} · Postgres (${server.origin})`,
      `commit ${machine.gitCommit?.slice(0, 12) ?? '?'}${machine.gitDirty ? ' (dirty)' : ''} · load average at start ${machine.loadAverageAtStart.join(' ')}`,
      `${runs} timed requests of each kind (+${warmup} warm-up), round-robin, one at a time, over HTTP`,
    ];
    const report = {
      benchmark: 'enumeration',
      startedAt: startedAt.toISOString(),
      command,
      options: { runs, warmup },
      machine,
      results: Object.fromEntries(kinds.map((k) => [k.key, stats[k.key]!])),
    };
    writeResults({ resultsDir, name: 'enumeration', stamp, title: 'Account enumeration by timing', command, headerLines, tables: [table], report });
    return 0;
  } finally {
    await cleanup.run();
  }
}

runBench('bench:enumeration', main);
