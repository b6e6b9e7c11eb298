// npm run bench:dashboards -- [--events 10000000] [--runs 15] [--no-optimize]
//
// Every analyst dashboard (analytics/dashboards/*.sql, run through runDashboard exactly as the CLI
// does) over generated events in a fresh embedded ClickHouse, next to a baseline measured in the
// same run: a plain `SELECT count() FROM events FINAL` over the same 90-day window (a full scan of
// the rows every dashboard may read). The schema comes from the real migrations, materialized
// views included, and the events are inserted into `events`, so the views fill as in production.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { type AnalyticsStore, closeEmbeddedClickHouse, openClickHouse } from '../analytics/src/clickhouse';
import { type ParamValue, listDashboards, runDashboard } from '../analytics/src/dashboards';
import { formatTable } from '../analytics/src/dashboard-table';
import { migrateClickHouse } from '../analytics/src/migrate';
import { runBench, startRun, writeResults } from './lib/run';
import { createCleanup } from './lib/processes';
import { percentile } from './lib/stats';
import { type Table, fmt } from './lib/table';
import { positiveInt } from './args';

const USAGE = `Usage: npm run bench:dashboards -- [options]

  --events N      events to generate (default 10000000)
  --runs N        timed runs of each query, interleaved round-robin (default 15)
  --warmup N      untimed runs of each query first (default 1)
  --no-optimize   skip OPTIMIZE TABLE ... FINAL after loading (FINAL then merges many parts at read time)
  --show          print each dashboard's output once (to stderr), to check the generated data's shape
  -h, --help`;

const TARGET_MS = 200;
const DAY_MS = 86_400_000;
const log = (line: string) => process.stderr.write(`[bench:dashboards] ${line}\n`);

/** A deterministic UUID from a kind (order, dispute, fraud case, buyer, seller) and a number. */
const uuid = (kind: number, expr: string) => `toUUID(concat('00000000-0000-4000-8${kind.toString(16).padStart(3, '0')}-', leftPad(lower(hex(toUInt64(${expr}))), 12, '0')))`;

/**
 * One order per `number`, expanded to its events with arrayJoin: created, risk.scored, then
 * paid / shipped / completed / disputed / refunded by chance, the dispute (dispute.opened /
 * resolved, buyer or chargeback) behind a disputed order, and a fraud case (opened / decided)
 * behind some review-band scores. About 4.5 events per order; payloads carry what the
 * dashboards read (amount, fee_amount, currency, category, seller_id, buyer_id, decision,
 * model_version, source, status).
 */
function generateSql(database: string, firstOrder: number, orders: number, windowStartMs: number, windowDays: number, limit: number | null): string {
  const start = `toDateTime64(${windowStartMs / 1000}, 3, 'UTC')`;
  const r = (salt: number) => `(cityHash64(number, ${salt}) % 1000)`;
  const ev = (type: string, aggType: string, aggId: string, at: string, payload: string, present: string) =>
    `(${`'${type}'`}, '${aggType}', ${aggId}, ${at}, ${payload}, toUInt8(${present}))`;
  const json = (fields: Record<string, string>) =>
    `concat('{', ${Object.entries(fields)
      .map(([k, v], i) => `'${i ? ',' : ''}"${k}":', ${v}`)
      .join(', ')}, '}')`;
  const q = (expr: string) => `concat('"', ${expr}, '"')`;
  const order = json({
    order_id: q('toString(oid)'),
    amount: 'toString(amount)',
    fee_amount: 'toString(fee)',
    currency: q('currency'),
    category: q('category'),
    seller_id: q('toString(seller)'),
    buyer_id: q('toString(buyer)'),
  });
  return `
INSERT INTO ${database}.events (event_id, event_type, aggregate_type, aggregate_id, occurred_at, payload)
SELECT generateUUIDv4(e.1) AS event_id, e.1, e.2, e.3, e.4, e.5
FROM
(
  SELECT
    number,
    ${uuid(1, 'number')} AS oid,
    ${uuid(2, 'number')} AS did,
    ${uuid(3, 'number')} AS fid,
    ${uuid(4, 'cityHash64(number, 11) % 200000')} AS buyer,
    ${uuid(5, 'cityHash64(number, 12) % 20000')} AS seller,
    addMilliseconds(${start}, toInt64(cityHash64(number, 13) % ${windowDays * DAY_MS})) AS t0,
    1000 + cityHash64(number, 14) % 50000 AS amount,
    intDiv(amount * 8, 100) AS fee,
    multiIf(${r(15)} < 600, 'EUR', ${r(15)} < 900, 'USD', 'GBP') AS currency,
    ['electronics', 'fashion', 'home', 'books', 'toys', 'sports', 'garden', 'music', 'art', 'auto'][1 + cityHash64(number, 16) % 10] AS category,
    multiIf(${r(17)} < 900, 'allow', ${r(17)} < 970, 'review', 'block') AS decision,
    ['fm-2026.09', 'fm-2026.10', 'fm-2026.11'][1 + toUInt8(least(2, intDiv(dateDiff('day', ${start}, t0) * 3, ${windowDays})))] AS model_version,
    decision != 'block' AND ${r(1)} < 950 AS paid,
    paid AND ${r(2)} < 900 AS shipped,
    shipped AND ${r(3)} < 900 AS completed,
    paid AND ${r(4)} < 30 AS disputed,
    paid AND ${r(5)} < 20 AS refunded,
    if(${r(6)} < 300, 'chargeback', 'buyer') AS source,
    disputed AND ${r(7)} < 800 AS dispute_resolved,
    decision = 'review' AND ${r(8)} < 500 AS case_opened,
    case_opened AND ${r(9)} < 700 AS case_decided,
    addMinutes(t0, 5 + cityHash64(number, 20) % 600) AS t_paid,
    addHours(t_paid, 2 + cityHash64(number, 21) % 72) AS t_shipped,
    addHours(t_shipped, 24 + cityHash64(number, 22) % 120) AS t_completed,
    addHours(t_paid, 24 + cityHash64(number, 23) % 400) AS t_disputed,
    addHours(t_disputed, 1 + cityHash64(number, 24) % 300) AS t_resolved,
    addMinutes(t0, 1 + cityHash64(number, 25) % 1000) AS t_case,
    arrayJoin(arrayFilter(x -> x.6 = 1, [
      ${ev('order.created', 'order', 'oid', 't0', order, '1')},
      ${ev('risk.scored', 'order', 'oid', 'addSeconds(t0, 2)', json({ order_id: q('toString(oid)'), decision: q('decision'), model_version: q('model_version'), score: `toString(${r(18)} / 1000)` }), '1')},
      ${ev('order.paid', 'order', 'oid', 't_paid', order, 'paid')},
      ${ev('order.shipped', 'order', 'oid', 't_shipped', json({ order_id: q('toString(oid)'), seller_id: q('toString(seller)'), buyer_id: q('toString(buyer)') }), 'shipped')},
      ${ev('order.completed', 'order', 'oid', 't_completed', order, 'completed')},
      ${ev('order.disputed', 'order', 'oid', 't_disputed', json({ order_id: q('toString(oid)'), dispute_id: q('toString(did)'), source: q('source') }), 'disputed')},
      ${ev('order.refunded', 'order', 'oid', 'addHours(t_paid, 30)', json({ order_id: q('toString(oid)'), amount: 'toString(amount)', currency: q('currency') }), 'refunded')},
      ${ev('dispute.opened', 'dispute', 'did', 't_disputed', json({ dispute_id: q('toString(did)'), order_id: q('toString(oid)'), source: q('source'), status: q("if(source = 'chargeback', 'needs_response', 'awaiting_seller')"), amount: 'toString(amount)', currency: q('currency') }), 'disputed')},
      ${ev('dispute.resolved', 'dispute', 'did', 't_resolved', json({ dispute_id: q('toString(did)'), order_id: q('toString(oid)'), source: q('source'), status: q(`if(${r(19)} < 500, 'won', 'lost')`) }), 'dispute_resolved')},
      ${ev('fraud_case.opened', 'fraud_case', 'fid', 't_case', json({ case_id: q('toString(fid)'), order_id: q('toString(oid)'), model_version: q('model_version') }), 'case_opened')},
      ${ev('fraud_case.decided', 'fraud_case', 'fid', `addHours(t_case, 1 + cityHash64(number, 26) % 96)`, json({ case_id: q('toString(fid)'), order_id: q('toString(oid)'), decision: q(`if(${r(10)} < 400, 'confirm_fraud', 'clear')`), model_version: q('model_version') }), 'case_decided')}
    ])) AS e
  FROM numbers(${firstOrder}, ${orders})
)
${limit === null ? '' : `LIMIT ${limit}`}`;
}

async function scalar(store: AnalyticsStore, query: string): Promise<number> {
  const result = await store.client.query({ query, format: 'JSONEachRow' });
  const [row] = await result.json<{ n: number | string }>();
  return Number(row?.n ?? 0);
}

interface QueryStats {
  name: string;
  rows: number;
  samples: number[];
  p50: number;
  p95: number;
  min: number;
  max: number;
}

function stats(name: string, rows: number, samples: number[]): QueryStats {
  const sorted = Float64Array.from(samples).sort();
  return { name, rows, samples, p50: percentile(sorted, 50), p95: percentile(sorted, 95), min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      events: { type: 'string' },
      runs: { type: 'string' },
      warmup: { type: 'string' },
      'no-optimize': { type: 'boolean', default: false },
      show: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const events = positiveInt(values.events, 'events', 10_000_000);
  const runs = positiveInt(values.runs, 'runs', 15);
  const warmup = values.warmup === '0' ? 0 : positiveInt(values.warmup, 'warmup', 1);
  const optimize = !values['no-optimize'];
  const cleanup = createCleanup((l) => log(l));
  cleanup.installSignalHandlers();
  try {
    const { startedAt, stamp, resultsDir, machine, tmp } = startRun('dashboards', cleanup);

    const store = await openClickHouse({ database: 'bench', dataDir: path.join(tmp, 'clickhouse') });
    cleanup.add('close embedded ClickHouse', () => closeEmbeddedClickHouse());
    await migrateClickHouse(store);
    const version = String((await (await store.client.query({ query: 'SELECT version() AS v', format: 'JSONEachRow' })).json<{ v: string }>())[0]?.v);
    const db = store.database;

    // 90 days of orders ending a week ago (UTC midnight), so follow-up events land before today.
    const windowDays = 90;
    const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
    const windowEndMs = today - 7 * DAY_MS;
    const windowStartMs = windowEndMs - windowDays * DAY_MS;

    // Load in chunks of orders so progress shows; the last chunk is cut to exactly --events.
    log(`generating ${events.toLocaleString('en')} events in embedded ClickHouse ${version} (${tmp})…`);
    const loadStarted = performance.now();
    const chunkOrders = 250_000;
    let loaded = 0;
    let orders = 0;
    while (loaded < events) {
      const remaining = events - loaded;
      const perOrder = orders > 0 ? loaded / orders : 4.5;
      const last = remaining < chunkOrders * perOrder;
      const n = last ? Math.ceil((remaining / perOrder) * 1.1) + 100 : chunkOrders;
      await store.client.command({ query: generateSql(db, orders, n, windowStartMs, windowDays, last ? remaining : null) });
      orders += n;
      loaded = await scalar(store, `SELECT count() AS n FROM ${db}.events`);
      const s = (performance.now() - loadStarted) / 1000;
      log(
        `  ${loaded.toLocaleString('en')} / ${events.toLocaleString('en')} events (${((loaded / events) * 100).toFixed(0)}%), ${s.toFixed(1)} s, ${Math.round(loaded / s).toLocaleString('en')} events/s`,
      );
    }
    const loadS = (performance.now() - loadStarted) / 1000;
    let optimizeS: number | null = null;
    // events and every view's target table.
    const tables = (
      await (
        await store.client.query({
          query: `SELECT name FROM system.tables WHERE database = '${db}' AND engine LIKE '%MergeTree' AND name != 'schema_migrations' ORDER BY name`,
          format: 'JSONEachRow',
        })
      ).json<{ name: string }>()
    ).map((r) => r.name);
    if (optimize) {
      log(`OPTIMIZE TABLE … FINAL on ${tables.join(', ')} (merge parts as settled production tables would be)…`);
      const t = performance.now();
      for (const table of tables) await store.client.command({ query: `OPTIMIZE TABLE ${db}.${table} FINAL`, clickhouse_settings: { alter_sync: '2' } as never });
      optimizeS = (performance.now() - t) / 1000;
      log(`  merged in ${optimizeS.toFixed(1)} s`);
    }
    const parts = await scalar(store, `SELECT count() AS n FROM system.parts WHERE database = '${db}' AND table = 'events' AND active`);
    const viewRows = (
      await (
        await store.client.query({
          query: `SELECT table, sum(rows) AS n FROM system.parts WHERE database = '${db}' AND active AND table != 'events' AND table != 'schema_migrations' GROUP BY table ORDER BY table`,
          format: 'JSONEachRow',
        })
      ).json<{ table: string; n: string }>()
    ).map((r) => ({ table: r.table, rows: Number(r.n) }));
    log(`view tables: ${viewRows.map((v) => `${v.table} ${v.rows.toLocaleString('en')} rows`).join(', ')}`);
    const byType = (
      await (
        await store.client.query({ query: `SELECT event_type, count() AS n FROM ${db}.events GROUP BY 1 ORDER BY 2 DESC`, format: 'JSONEachRow' })
      ).json<{ event_type: string; n: string }>()
    ).map((r) => ({ eventType: r.event_type, count: Number(r.n) }));
    log(`loaded ${loaded.toLocaleString('en')} events (${orders.toLocaleString('en')} orders) in ${loadS.toFixed(1)} s; ${parts} active parts`);

    const from = new Date(windowStartMs).toISOString();
    const to = new Date(windowEndMs).toISOString();
    const cohortFrom = new Date(Date.UTC(new Date(windowStartMs).getUTCFullYear(), new Date(windowStartMs).getUTCMonth(), 1)).toISOString();
    const dashboards = await listDashboards();
    const paramsFor = (name: string): Record<string, ParamValue> => (name === 'buyer_cohort_retention' ? { from: cohortFrom, to } : { from, to });

    const baselineSql = `SELECT count() AS n FROM ${db}.events FINAL WHERE occurred_at >= {from:DateTime64(3, 'UTC')} AND occurred_at < {to:DateTime64(3, 'UTC')}`;
    const baselineParams = { from: from.replace('T', ' ').replace('Z', ''), to: to.replace('T', ' ').replace('Z', '') };
    let baselineRows = 0;
    const runBaseline = async (): Promise<number> => {
      const t = performance.now();
      const result = await store.client.query({ query: baselineSql, query_params: baselineParams, format: 'JSON' });
      const body = await result.json<{ n: string }>();
      const ms = performance.now() - t;
      baselineRows = Number(body.data[0]?.n ?? 0);
      return ms;
    };
    const rowsOf: Record<string, number> = {};
    const runOne = async (name: string): Promise<number> => {
      const t = performance.now();
      const result = await runDashboard(store, name, paramsFor(name));
      const ms = performance.now() - t;
      rowsOf[name] = result.rows.length;
      return ms;
    };

    log(`window ${from} .. ${to}; ${warmup} warm-up and ${runs} timed runs of the baseline and ${dashboards.length} dashboards, round-robin…`);
    for (let i = 0; i < warmup; i++) {
      await runBaseline();
      for (const d of dashboards) await runOne(d.name);
    }
    if (values.show) {
      for (const d of dashboards) log(`${d.name} ${JSON.stringify(paramsFor(d.name))}\n${formatTable(await runDashboard(store, d.name, paramsFor(d.name)))}`);
    }
    const samples: Record<string, number[]> = { baseline: [] };
    for (const d of dashboards) samples[d.name] = [];
    for (let i = 0; i < runs; i++) {
      samples.baseline!.push(await runBaseline());
      for (const d of dashboards) samples[d.name]!.push(await runOne(d.name));
      log(`  run ${i + 1}/${runs}: baseline ${fmt(samples.baseline!.at(-1)!, 0)} ms, ${dashboards.map((d) => `${d.name} ${fmt(samples[d.name]!.at(-1)!, 0)}`).join(', ')}`);
    }
    const baseline = stats('baseline', baselineRows, samples.baseline!);
    const results = dashboards.map((d) => stats(d.name, rowsOf[d.name] ?? 0, samples[d.name]!));

    const table: Table = {
      headers: ['query', 'rows out', 'p50 ms', 'p95 ms', 'p50 ÷ baseline p50', 'p95 ÷ baseline p95', `p50 < ${TARGET_MS} ms`, `p95 < ${TARGET_MS} ms`],
      rows: [
        [
          `baseline: count() FINAL over the window (${baselineRows.toLocaleString('en')} rows)`,
          1,
          fmt(baseline.p50),
          fmt(baseline.p95),
          '1.00',
          '1.00',
          baseline.p50 < TARGET_MS ? 'yes' : 'NO',
          baseline.p95 < TARGET_MS ? 'yes' : 'NO',
        ],
        ...results.map((r) => [
          r.name,
          r.rows,
          fmt(r.p50),
          fmt(r.p95),
          fmt(r.p50 / baseline.p50, 2),
          fmt(r.p95 / baseline.p95, 2),
          r.p50 < TARGET_MS ? 'yes' : 'NO',
          r.p95 < TARGET_MS ? 'yes' : 'NO',
        ]),
      ],
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'left', 'left'],
    };
    const command = `npm run bench:dashboards -- ${argv.join(' ')}`.trim();
    const meets = results.filter((r) => r.p95 < TARGET_MS).length;
    const headerLines = [
      `${startedAt.toISOString()} · ${machine.cpuCount} × ${machine.cpuModel} · Node ${machine.node} · ClickHouse ${version} (embedded chdb)`,
      `commit ${machine.gitCommit?.slice(0, 12) ?? '?'}${machine.gitDirty ? ' (dirty)' : ''} · load average at start ${machine.loadAverageAtStart.join(' ')}`,
      `${loaded.toLocaleString('en')} events (${orders.toLocaleString('en')} orders, 90 days) loaded through the materialized views in ${loadS.toFixed(1)} s${optimizeS === null ? ', not optimized' : `, OPTIMIZE FINAL ${optimizeS.toFixed(1)} s`}, ${parts} active parts in events`,
      `view tables: ${viewRows.map((v) => `${v.table} ${v.rows.toLocaleString('en')}`).join(', ')} rows`,
      `${runs} timed runs per query (+${warmup} warm-up), round-robin; window ${from} .. ${to}; target < ${TARGET_MS} ms each: ${meets}/${results.length} dashboards meet it at p95`,
    ];
    const report = {
      benchmark: 'dashboards',
      startedAt: startedAt.toISOString(),
      command,
      options: { events, runs, warmup, optimize },
      machine,
      clickhouse: { version, origin: 'embedded (chdb)' },
      data: { events: loaded, orders, windowStart: from, windowEnd: to, loadS, optimizeS, parts, byType, viewRows },
      targetMs: TARGET_MS,
      baseline: { query: baselineSql, ...baseline },
      dashboards: results.map((r) => ({ ...r, p50Ratio: r.p50 / baseline.p50, p95Ratio: r.p95 / baseline.p95 })),
    };
    writeResults({ resultsDir, name: 'dashboards', stamp, title: 'Analyst dashboards', command, headerLines, tables: [table], report });
    return 0;
  } finally {
    await cleanup.run();
  }
}

runBench('bench:dashboards', main);
