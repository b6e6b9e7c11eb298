// npm run bench:stream -- [--events 2000000] [--runs 10]
//
// Each stream detector (api/src/modules/risk/stream-scoring, run exactly as the worker does) over generated
// `order.paid` and `review.submitted` events in a fresh embedded ClickHouse, next to a baseline measured
// in the same run: `SELECT count() FROM events FINAL` over the same event types and 30 days (the rows
// the widest detector window may read).
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { closeEmbeddedClickHouse, openClickHouse } from '../analytics/src/clickhouse';
import { migrateClickHouse } from '../analytics/src/migrate';
import { loadConfig } from '../api/src/config';
import { detectorsFrom } from '../api/src/modules/risk/stream-scoring';
import { createCleanup } from './lib/processes';
import { runBench, startRun, writeResults } from './lib/run';
import { percentile } from './lib/stats';
import { type Table, fmt } from './lib/table';

const DAY_MS = 86_400_000;
const log = (line: string) => process.stderr.write(`[bench:stream] ${line}\n`);

/** A deterministic UUID from a kind and a number (as bench/dashboards.ts). */
const uuid = (kind: number, expr: string) => `toUUID(concat('00000000-0000-4000-8${kind.toString(16).padStart(3, '0')}-', leftPad(lower(hex(toUInt64(${expr}))), 12, '0')))`;

/**
 * 80% payments over the last 8 days (20k sellers, 200k buyers, a device hash on 90% and a card hash on
 * 70% of them from pools a little smaller than the buyers, accounts 0–730 days old), 20% 1–5-star
 * reviews over 30 days between the same accounts.
 */
function generateSql(db: string, first: number, n: number, nowMs: number): string {
  const at = (days: number, salt: number) => `fromUnixTimestamp64Milli(toInt64(${nowMs} - cityHash64(number, ${salt}) % ${days * DAY_MS}), 'UTC')`;
  const paid = `concat('{"order_id":"', toString(${uuid(1, 'number')}), '","buyer_id":"', toString(buyer), '","seller_id":"', toString(seller),
    '","amount":', toString(1000 + cityHash64(number, 3) % 50000), ',"currency":"EUR","category":"cameras","buyer_created_at":"',
    formatDateTime(addDays(toDateTime(t, 'UTC'), -toInt32(cityHash64(number, 4) % 730)), '%Y-%m-%dT%H:%i:%SZ', 'UTC'), '"',
    if(cityHash64(number, 5) % 10 < 9, concat(',"device_hash":"', hex(cityHash64(number % 150000, 6)), '"'), ''),
    if(cityHash64(number, 7) % 10 < 7, concat(',"card_hash":"', hex(cityHash64(number % 180000, 8)), '"'), ''), '}')`;
  const review = `concat('{"review_id":"', toString(${uuid(2, 'number')}), '","order_id":"', toString(${uuid(1, 'number')}), '","author_id":"', toString(buyer),
    '","subject_id":"', toString(seller), '","rating":', toString(1 + cityHash64(number, 9) % 5), '}')`;
  return `
INSERT INTO ${db}.events (event_id, event_type, aggregate_type, aggregate_id, occurred_at, payload)
SELECT generateUUIDv4(number), if(is_review, 'review.submitted', 'order.paid'), if(is_review, 'review', 'order'), ${uuid(1, 'number')}, t,
       if(is_review, ${review}, ${paid})
FROM (
  SELECT number, cityHash64(number, 1) % 10 < 2 AS is_review,
         ${uuid(4, 'cityHash64(number, 11) % 200000')} AS buyer, ${uuid(5, 'cityHash64(number, 12) % 20000')} AS seller,
         if(is_review, ${at(30, 13)}, ${at(8, 14)}) AS t
  FROM numbers(${first}, ${n})
)`;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { events: { type: 'string' }, runs: { type: 'string' } } });
  const events = Number(values.events ?? 2_000_000);
  const runs = Number(values.runs ?? 10);
  if (!Number.isInteger(events) || events < 1 || !Number.isInteger(runs) || runs < 1) throw new Error('--events and --runs must be positive integers');
  const cleanup = createCleanup((l) => log(l));
  cleanup.installSignalHandlers();
  try {
    const { startedAt, stamp, resultsDir, machine, tmp } = startRun('stream', cleanup);
    const store = await openClickHouse({ database: 'bench', dataDir: path.join(tmp, 'clickhouse') });
    cleanup.add('close embedded ClickHouse', () => closeEmbeddedClickHouse());
    await migrateClickHouse(store);
    const nowMs = Math.floor(Date.now() / 60_000) * 60_000;
    const now = new Date(nowMs);
    log(`generating ${events.toLocaleString('en')} events…`);
    const loadStarted = performance.now();
    for (let first = 0; first < events; first += 500_000) {
      await store.client.command({ query: generateSql(store.database, first, Math.min(500_000, events - first), nowMs) });
    }
    await store.client.command({ query: `OPTIMIZE TABLE ${store.database}.events FINAL` });
    const loadS = (performance.now() - loadStarted) / 1000;

    const detectors = detectorsFrom(loadConfig({}));
    const baseline = async () => {
      const t = performance.now();
      await (
        await store.client.query({
          query: `SELECT count() FROM ${store.database}.events FINAL WHERE event_type IN ('order.paid', 'review.submitted') AND occurred_at >= fromUnixTimestamp64Milli({from_ms:Int64}, 'UTC')`,
          query_params: { from_ms: nowMs - 30 * DAY_MS },
          format: 'JSONEachRow',
        })
      ).json();
      return performance.now() - t;
    };
    const findings: Record<string, number> = {};
    const samples: Record<string, number[]> = { baseline: [] };
    for (let i = 0; i <= runs; i++) {
      // The first round warms up and is not timed.
      const b = await baseline();
      if (i > 0) samples.baseline!.push(b);
      for (const d of detectors) {
        const t = performance.now();
        findings[d.name] = (await d.detect(store, now)).length;
        if (i > 0) (samples[d.name] ??= []).push(performance.now() - t);
      }
    }
    const p = (xs: number[], q: number) => percentile(Float64Array.from(xs).sort(), q);
    const b50 = p(samples.baseline!, 50);
    const table: Table = {
      headers: ['query', 'findings', 'p50 ms', 'p95 ms', 'p50 ÷ baseline p50'],
      rows: [
        ['baseline: count() FINAL, both event types, 30 days', '—', fmt(b50), fmt(p(samples.baseline!, 95)), '1.00'],
        ...detectors.map((d) => [d.name, findings[d.name], fmt(p(samples[d.name]!, 50)), fmt(p(samples[d.name]!, 95)), fmt(p(samples[d.name]!, 50) / b50, 2)]),
      ],
      align: ['left', 'right', 'right', 'right', 'right'],
    };
    const command = `npm run bench:stream -- ${argv.join(' ')}`.trim();
    const header = [
      `${startedAt.toISOString()} · ${machine.cpuCount} × ${machine.cpuModel} · Node ${machine.node} · embedded chdb`,
      `${events.toLocaleString('en')} events (80% order.paid over 8 days, 20% review.submitted over 30 days) loaded and merged in ${loadS.toFixed(1)} s; ${runs} timed runs each, default thresholds`,
    ];
    writeResults({ resultsDir, name: 'stream', stamp, title: 'Stream detectors', command, headerLines: header, tables: [table] });
    return 0;
  } finally {
    await cleanup.run();
  }
}

runBench('bench:stream', main);
