// npm run bench:scoring -- [--buyers 6000] [--days 30] [--runs 3000] [--warmup 300]
//
// Payment-time fraud scoring, in-process, as checkout runs it: the ONNX model alone (one row,
// onnxruntime-node, single-threaded), serving's feature lookup (loadRiskInput: one query) against
// a Postgres holding a simulated marketplace's history, and the two together. Next to them, the
// same run's baseline: a `SELECT 1` round trip on the same pool — the floor any lookup pays.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { createDatabase } from '../api/src/db/database';
import { migrateToLatest } from '../api/src/db/migrate';
import { loadRiskInput } from '../api/src/modules/risk/scoring/risk.repository';
import { DEFAULT_MODEL_PATH, loadScorer } from '../fraud-models/src';
import { simulateMarketplace } from '../fraud-models/src/synthetic/marketplace';
import { toDate, toMs } from '../fraud-models/src/synthetic/timeline';
import { loadSimulation } from '../test/synthetic-marketplace';
import { startBenchServer } from './lib/postgres';
import { createCleanup } from './lib/processes';
import { runBench, startRun, writeResults } from './lib/run';
import { type Summary, summarize } from './lib/stats';
import { type Table, fmt } from './lib/table';
import { positiveInt } from './args';

const USAGE = `Usage: npm run bench:scoring -- [options]

  --buyers N   legitimate buyers in the simulated marketplace (default 6000; sellers = buyers / 5)
  --days N     simulated days of history (default 30)
  --runs N     timed runs of each measurement, interleaved round-robin (default 3000)
  --warmup N   untimed runs of each first (default 300)
  -h, --help

Postgres: embedded in a temp dir, or the server of BENCH_DATABASE_URL (a fresh database there).`;

const TARGET_MODEL_P99_MS = 1;
const TARGET_LOOKUP_P99_MS = 5;
const log = (line: string) => process.stderr.write(`[bench:scoring] ${line}\n`);

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      buyers: { type: 'string' },
      days: { type: 'string' },
      runs: { type: 'string' },
      warmup: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const buyers = positiveInt(values.buyers, 'buyers', 6_000);
  const days = positiveInt(values.days, 'days', 30);
  const runs = positiveInt(values.runs, 'runs', 3_000);
  const warmup = values.warmup === '0' ? 0 : positiveInt(values.warmup, 'warmup', 300);

  const cleanup = createCleanup((l) => log(l));
  cleanup.installSignalHandlers();
  try {
    const { startedAt, stamp, resultsDir, machine, tmp } = startRun('scoring', cleanup);
    const server = await startBenchServer(tmp, cleanup, process.env.BENCH_DATABASE_URL);
    const db = createDatabase(server.appUrl);
    cleanup.add('close the pool', () => db.destroy());
    await migrateToLatest(db);
    const pgVersion = (await sql<{ v: string }>`SELECT current_setting('server_version') AS v`.execute(db)).rows[0]?.v ?? '?';

    const simulation = simulateMarketplace({ seed: 20_261_121, days, buyers, sellers: Math.max(50, Math.round(buyers / 5)) });
    log(`loading ${simulation.users.length.toLocaleString('en')} users and ${simulation.orders.length.toLocaleString('en')} orders into Postgres ${pgVersion} (${server.origin})…`);
    const loadStarted = performance.now();
    const { orders } = await loadSimulation(db, simulation);
    const loadS = (performance.now() - loadStarted) / 1000;
    const counts = (
      await sql<{ orders: string; reviews: string; fingerprints: string }>`
      SELECT (SELECT count(*) FROM orders) AS orders, (SELECT count(*) FROM reviews) AS reviews, (SELECT count(*) FROM user_fingerprints) AS fingerprints`.execute(db)
    ).rows[0]!;
    log(`loaded in ${loadS.toFixed(1)} s: ${counts.orders} orders (with pre-period history), ${counts.reviews} reviews, ${counts.fingerprints} fingerprints`);

    // Score the last week's orders, as of their own payment time, cycling through them.
    // Timings are also split by seller size: the completed-sales count reads one index entry per earlier sale.
    const recent = simulation.orders
      .filter((o) => o.t >= (days - 7) * 24)
      .map((o) => ({
        order: orders.get(o.id)!,
        at: toDate(toMs(o.t)),
        sellerSales: simulation.sellers[o.seller]!.ordersBefore,
      }));
    const inputs = await Promise.all(recent.slice(0, 500).map((r) => loadRiskInput(db, r.order, r.at)));
    const scorer = await loadScorer(DEFAULT_MODEL_PATH);
    cleanup.add('release the model', () => scorer.close());

    let i = 0;
    const next = () => recent[i++ % recent.length]!;
    const measurements: Record<string, () => Promise<unknown>> = {
      'SELECT 1 round trip (baseline)': () => sql`SELECT 1`.execute(db),
      'model only (one row)': () => scorer.score(inputs[i++ % inputs.length]!),
      'feature lookup only': () => {
        const r = next();
        return loadRiskInput(db, r.order, r.at);
      },
      'feature lookup + model': async () => {
        const r = next();
        lastSellerSales = r.sellerSales;
        return scorer.score(await loadRiskInput(db, r.order, r.at));
      },
    };
    let lastSellerSales = 0;
    const bySellerSize: Record<string, number[]> = { '< 100': [], '100–999': [], '≥ 1000': [] };
    const sizeBucket = (n: number) => (n < 100 ? '< 100' : n < 1000 ? '100–999' : '≥ 1000');
    const names = Object.keys(measurements);
    log(`${warmup} warm-up and ${runs} timed runs of each, round-robin, over ${recent.length} orders of the last 7 days…`);
    for (let w = 0; w < warmup; w++) for (const name of names) await measurements[name]!();
    const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
    for (let r = 0; r < runs; r++) {
      for (const name of names) {
        const t = performance.now();
        await measurements[name]!();
        const ms = performance.now() - t;
        samples[name]!.push(ms);
        if (name === names[3]) bySellerSize[sizeBucket(lastSellerSales)]!.push(ms);
      }
    }
    const stats: Record<string, Summary> = Object.fromEntries(names.map((n) => [n, summarize(samples[n]!)]));
    const baseline = stats[names[0]!]!;
    const target: Record<string, number | null> = { [names[1]!]: TARGET_MODEL_P99_MS, [names[3]!]: TARGET_LOOKUP_P99_MS };
    const table: Table = {
      headers: ['measurement', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'p50 / baseline', 'p99 / baseline', 'target p99', 'meets'],
      rows: names.map((n) => {
        const s = stats[n]!;
        const t = target[n] ?? null;
        return [
          n,
          fmt(s.p50, 3),
          fmt(s.p90, 3),
          fmt(s.p99, 3),
          fmt(s.max, 2),
          fmt(s.p50 / baseline.p50, 2),
          fmt(s.p99 / baseline.p99, 2),
          t === null ? '—' : `< ${t} ms`,
          t === null ? '—' : s.p99 < t ? 'yes' : 'NO',
        ];
      }),
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'left', 'left'],
    };
    const sizeTable: Table = {
      headers: ["lookup + model, by seller's pre-period sales", 'orders', 'p50 ms', 'p90 ms', 'p99 ms'],
      rows: Object.entries(bySellerSize).map(([bucket, xs]) => {
        const s = summarize(xs);
        return [bucket, s.count, fmt(s.p50, 3), fmt(s.p90, 3), fmt(s.p99, 3)];
      }),
    };
    const command = `npm run bench:scoring -- ${argv.join(' ')}`.trim();
    const headerLines = [
      `${startedAt.toISOString()} · ${machine.cpuCount} × ${machine.cpuModel} · Node ${machine.node} · Postgres ${pgVersion} (${server.origin})`,
      `commit ${machine.gitCommit?.slice(0, 12) ?? '?'}${machine.gitDirty ? ' (dirty)' : ''} · load average at start ${machine.loadAverageAtStart.join(' ')}`,
      `model ${scorer.version}; ${simulation.users.length.toLocaleString('en')} users, ${Number(counts.orders).toLocaleString('en')} orders, ${Number(counts.reviews).toLocaleString('en')} reviews, ${Number(counts.fingerprints).toLocaleString('en')} fingerprints (loaded in ${loadS.toFixed(1)} s)`,
      `${runs} timed runs each (+${warmup} warm-up), round-robin, one at a time`,
    ];
    const report = {
      benchmark: 'scoring',
      startedAt: startedAt.toISOString(),
      command,
      options: { buyers, days, runs, warmup },
      machine,
      postgres: { version: pgVersion, origin: server.origin },
      model: scorer.version,
      data: { users: simulation.users.length, ...counts, loadS },
      targetsMs: { modelP99: TARGET_MODEL_P99_MS, lookupAndModelP99: TARGET_LOOKUP_P99_MS },
      results: names.map((n) => ({ name: n, ...stats[n]!, p50Ratio: stats[n]!.p50 / baseline.p50, p99Ratio: stats[n]!.p99 / baseline.p99 })),
      lookupAndModelBySellerSales: Object.fromEntries(Object.entries(bySellerSize).map(([bucket, xs]) => [bucket, summarize(xs)])),
    };
    writeResults({ resultsDir, name: 'scoring', stamp, title: 'Payment-time scoring', command, headerLines, tables: [table, sizeTable], report });
    return 0;
  } finally {
    await cleanup.run();
  }
}

runBench('bench:scoring', main);
