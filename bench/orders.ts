// npm run bench:orders -- [--clients 8] [--duration 20] [--warmup 3] [--no-idempotency-keys] [--cpu-prof]
//
// The order lifecycle over HTTP against a started app, next to the raw Postgres ceiling (pgbench)
// of the same server on the same machine. See bench/README.md for what is measured and how.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, startApp } from './lib/app';
import { createHttpClient } from './lib/http';
import { type CpuPhase, type CpuSplit, createCpuMeter } from './lib/machine';
import { runPgbenchCeiling } from './lib/pgbench';
import {
  STAT_STATEMENTS_FLAGS,
  type DatabaseActivity,
  activityBetween,
  adminQuery,
  databaseActivity,
  enableStatStatements,
  resetStatStatements,
  startBenchServer,
  topStatements,
} from './lib/postgres';
import { runBench, startRun } from './lib/run';
import { createCleanup } from './lib/processes';
import { createRecorder } from './lib/stats';
import { type OrdersReport, renderMarkdownReport, renderTextReport } from './orders.report';
import { ENDPOINTS, closedLoop, openLoop, registerPairs, topUpListings } from './orders.workload';

const USAGE = `Usage: npm run bench:orders -- [options]

  --clients N             concurrent clients (each its own seller+buyer pair); pgbench uses the same (default 8)
  --duration S            seconds of each timed phase: max load, half load, pgbench (default 20)
  --warmup S              seconds of unmeasured load before the max-load phase (default 3)
  --no-idempotency-keys   do not send Idempotency-Key on create and pay (clients should; default: send)
  --cpu-prof              write V8 CPU profiles of the app to bench/results/profiles/
  --pg-stat-statements    preload pg_stat_statements and report the top statements of the max-load phase
  -h, --help

Environment: BENCH_DATABASE_URL=postgres://… runs against that server (the bench creates and drops
its own databases there) instead of a fresh embedded Postgres; PGBENCH=/path/to/pgbench.`;

const log = (line: string) => process.stderr.write(`[bench:orders] ${line}\n`);

function positiveInt(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got ${raw}`);
  return n;
}

async function outboxPending(url: string): Promise<number> {
  const [row] = await adminQuery<{ n: number }>(url, 'SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL');
  return row?.n ?? 0;
}

/** Waits for the relay to ship everything to ClickHouse; returns the backlog and how long it took. */
async function drainOutbox(url: string, timeoutMs = 180_000): Promise<{ backlog: number; drainS: number }> {
  const started = Date.now();
  const backlog = await outboxPending(url);
  let pending = backlog;
  while (pending > 0) {
    if (Date.now() - started > timeoutMs) throw new Error(`outbox still has ${pending} unpublished rows after ${timeoutMs / 1000} s: is the relay running?`);
    await new Promise((r) => setTimeout(r, 100));
    pending = await outboxPending(url);
  }
  return { backlog, drainS: (Date.now() - started) / 1000 };
}

/** pg_stat_database after backends have had time to publish their counters. */
async function settledActivity(url: string): Promise<DatabaseActivity> {
  await new Promise((r) => setTimeout(r, 1_200));
  return databaseActivity(url);
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      clients: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      'no-idempotency-keys': { type: 'boolean', default: false },
      'cpu-prof': { type: 'boolean', default: false },
      'pg-stat-statements': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const clients = positiveInt(values.clients, 'clients', 8);
  const durationS = positiveInt(values.duration, 'duration', 20);
  const warmupS = positiveInt(values.warmup, 'warmup', 3);
  const idempotencyKeys = !values['no-idempotency-keys'];
  const statStatements = values['pg-stat-statements'];
  const cleanup = createCleanup((l) => log(l));
  cleanup.installSignalHandlers();
  try {
    const { startedAt, stamp, resultsDir, machine, tmp } = startRun('orders', cleanup);

    log(`Postgres: ${process.env.BENCH_DATABASE_URL ? 'BENCH_DATABASE_URL' : 'starting embedded server'}…`);
    const server = await startBenchServer(tmp, cleanup, process.env.BENCH_DATABASE_URL, { extraFlags: statStatements ? STAT_STATEMENTS_FLAGS : [] });
    const [{ server_version: pgVersion }] = (await adminQuery<{ server_version: string }>(server.appUrl, 'SHOW server_version')) as [{ server_version: string }];

    let profileDir: string | null = null;
    const nodeArgs: string[] = [];
    if (values['cpu-prof']) {
      profileDir = path.join(resultsDir, 'profiles', `orders-${stamp}`);
      mkdirSync(profileDir, { recursive: true });
      nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${profileDir}`);
    }
    log('starting the app (ROLE=all)…');
    const appStarted = Date.now();
    const app = await startApp({ databaseUrl: server.appUrl, tmpDir: tmp, cleanup, nodeArgs });
    log(`app up at ${app.url} in ${((Date.now() - appStarted) / 1000).toFixed(1)} s`);
    if (statStatements) {
      await enableStatStatements(server.appUrl).catch((err: Error) => {
        throw new Error(`--pg-stat-statements: ${err.message} (with BENCH_DATABASE_URL the server must preload pg_stat_statements)`);
      });
    }

    const http = createHttpClient(app.url, { maxSockets: 256 });
    cleanup.add('close HTTP client', () => http.close());
    const cpu = createCpuMeter(() => ({ app: app.service.pid, postgres: server.postmasterPid }), { threadsOf: ['app'] });
    const opts = { idempotencyKeys };

    // Setup: users and listings, none of it timed.
    const setupStarted = Date.now();
    const runId = stamp.replace(/[^0-9]/g, '').slice(-10);
    const pairs = await registerPairs(http, clients, runId);
    await topUpListings(http, pairs, 25);
    log(`setup: ${clients} seller/buyer pairs in ${((Date.now() - setupStarted) / 1000).toFixed(1)} s`);

    // Warm-up, which also sizes the listing pools for the timed phase.
    const warm = await closedLoop(http, pairs, { ...opts, durationMs: warmupS * 1000, recorder: createRecorder(ENDPOINTS) });
    const warmRate = warm.lifecycles / warm.windowS;
    const perPair = Math.ceil(((warmRate * durationS) / clients) * 2) + 20;
    const topUpStarted = Date.now();
    const madeForMax = await topUpListings(http, pairs, perPair);
    log(`warm-up: ${warmRate.toFixed(1)} lifecycles/s; ${madeForMax} more listings (${perPair} per pair) in ${((Date.now() - topUpStarted) / 1000).toFixed(1)} s`);
    await drainOutbox(server.appUrl);

    // Max load: closed loop.
    log(`max load: ${clients} clients, closed loop, ${durationS} s…`);
    const maxRecorder = createRecorder(ENDPOINTS);
    for (const p of pairs) p.refills = 0;
    if (statStatements) await resetStatStatements(server.appUrl);
    const activityMax0 = await settledActivity(server.appUrl);
    const cpuMaxPhase = cpu.begin();
    const max = await closedLoop(http, pairs, { ...opts, durationMs: durationS * 1000, recorder: maxRecorder });
    const cpuMax = cpuMaxPhase.end();
    const statements = statStatements ? await topStatements(server.appUrl) : null;
    const activityMax = activityBetween(activityMax0, await settledActivity(server.appUrl));
    const maxRefills = pairs.reduce((n, p) => n + p.refills, 0);
    const maxOutbox = await drainOutbox(server.appUrl);
    log(`max load done; relay drained ${maxOutbox.backlog} outbox rows in ${maxOutbox.drainS.toFixed(1)} s`);
    const maxReport = maxRecorder.report();
    const requestsPerS = maxReport.all.ok / max.windowS;

    // Half load: open loop at 50% of the measured request rate.
    const halfLifecyclesPerS = (requestsPerS * 0.5) / ENDPOINTS.length;
    if (!(halfLifecyclesPerS > 0)) throw new Error('no request succeeded under max load; see the errors above and the app log');
    const halfPerPair = Math.ceil(((halfLifecyclesPerS * durationS) / clients) * 1.3) + 10;
    const madeForHalf = await topUpListings(http, pairs, halfPerPair);
    await drainOutbox(server.appUrl);
    log(`half load: open loop, ${halfLifecyclesPerS.toFixed(1)} lifecycles/s (${(requestsPerS * 0.5).toFixed(0)} requests/s), ${durationS} s (${madeForHalf} more listings)…`);
    const halfRecorder = createRecorder(ENDPOINTS);
    for (const p of pairs) p.refills = 0;
    const activityHalf0 = await settledActivity(server.appUrl);
    const cpuHalfPhase = cpu.begin();
    const half = await openLoop(http, pairs, { ...opts, durationMs: durationS * 1000, lifecyclesPerS: halfLifecyclesPerS, recorder: halfRecorder });
    const cpuHalf = cpuHalfPhase.end();
    const activityHalf = activityBetween(activityHalf0, await settledActivity(server.appUrl));
    const halfRefills = pairs.reduce((n, p) => n + p.refills, 0);
    const halfOutbox = await drainOutbox(server.appUrl);

    const [orderCounts, decisionCounts] = await Promise.all([
      adminQuery<{ status: string; n: number }>(server.appUrl, 'SELECT status, count(*)::int AS n FROM orders GROUP BY 1 ORDER BY 1'),
      adminQuery<{ decision: string | null; n: number }>(server.appUrl, 'SELECT risk_decision AS decision, count(*)::int AS n FROM orders GROUP BY 1 ORDER BY 1'),
    ]);

    // The ceiling: pgbench on the same server while the app idles.
    log(`ceiling: pgbench -i -s ${clients}, then -c ${clients} -j ${Math.min(2, clients)} -T ${durationS} -M prepared…`);
    let cpuCeiling: CpuSplit | null = null;
    let ceilingPhase: CpuPhase | null = null;
    const ceiling = await runPgbenchCeiling({
      serverUrl: server.appUrl,
      clients,
      durationS,
      scale: Math.max(clients, 1),
      cleanup,
      logFile: path.join(tmp, 'pgbench.log'),
      aroundRun: {
        before: () => {
          ceilingPhase = cpu.begin();
        },
        after: () => {
          cpuCeiling = ceilingPhase?.end() ?? null;
        },
      },
    });
    log(`ceiling: ${ceiling.tps.toFixed(0)} tps`);

    const report: OrdersReport = {
      benchmark: 'orders',
      startedAt: startedAt.toISOString(),
      command: `npm run bench:orders -- ${argv.join(' ')}`.trim(),
      options: { clients, durationS, warmupS, idempotencyKeys, statStatements },
      machine,
      postgres: { origin: server.origin, version: pgVersion },
      setup: { pairs: clients, warmupLifecyclesPerS: warmRate, listingsPerPairForMax: perPair, listingsPerPairForHalf: halfPerPair },
      max: {
        ...max,
        lifecyclesPerS: max.lifecycles / max.windowS,
        requestsPerS,
        listingRefills: maxRefills,
        outboxBacklog: maxOutbox.backlog,
        outboxDrainS: maxOutbox.drainS,
        ...maxReport,
        cpu: cpuMax,
        database: activityMax,
        statements,
      },
      half: {
        ...half,
        requestsPerS: halfReportRate(halfRecorder.okCount(), half.windowS),
        listingRefills: halfRefills,
        outboxBacklog: halfOutbox.backlog,
        ...halfRecorder.report(),
        cpu: cpuHalf,
        database: activityHalf,
      },
      ceiling: { ...ceiling, cpu: cpuCeiling },
      ratio: requestsPerS / ceiling.tps,
      database: { ordersByStatus: orderCounts, ordersByRiskDecision: decisionCounts },
      profileDir: profileDir ? path.relative(REPO_ROOT, profileDir) : null,
      targets: { ratio: 0.35, halfLoadP99Ms: 50 },
    };

    const jsonPath = path.join(resultsDir, `orders-${stamp}.json`);
    writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(path.join(resultsDir, 'orders-latest.md'), renderMarkdownReport(report));
    process.stdout.write(`\n${renderTextReport(report)}\n\nwrote ${path.relative(process.cwd(), jsonPath)} and bench/results/orders-latest.md\n`);
    if (profileDir) log(`CPU profiles of the app are written to ${profileDir} when it stops`);
    return 0;
  } finally {
    await cleanup.run();
  }
}

// Over the window, not until the last straggler: the schedule fixes the offered rate.
function halfReportRate(ok: number, windowS: number): number {
  return ok / windowS;
}

runBench('bench:orders', main);
