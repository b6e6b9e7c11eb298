// npx tsx bench/analyst-query.ts [--events 1000000] [--runs 30]
//
// What the analyst path (parse-only check, EXPLAIN AST allowlist check, then the formatted query, on a
// read-only connection) costs over running the same SELECT directly on the app's client, measured
// in the same run on the same embedded engine and data. Runs are interleaved; prints p50 and ratio.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { runAnalystQuery } from '../analytics/src/analyst-query';
import { closeEmbeddedClickHouse, openClickHouse } from '../analytics/src/clickhouse';
import { migrateClickHouse } from '../analytics/src/migrate';
import { percentile } from './lib/stats';

const { values } = parseArgs({ options: { events: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '30' } } });
const events = Number(values.events);
const runs = Number(values.runs);
const LIMITS = { maxExecutionSeconds: 60, maxResultRows: 10_000, maxMemoryBytes: 2 * 1024 ** 3 };

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'agora-bench-analyst-'));
  try {
    const store = await openClickHouse({ database: 'bench_analyst', dataDir: dir });
    await migrateClickHouse(store);
    await store.client.command({
      query: `INSERT INTO ${store.database}.events (event_id, event_type, aggregate_type, aggregate_id, occurred_at, payload)
        SELECT generateUUIDv4(), ['order.created', 'order.paid', 'order.shipped'][number % 3 + 1], 'order', generateUUIDv4(),
               now64(3) - toIntervalSecond(number % 2592000), concat('{"amount":', toString(number % 10000), ',"currency":"EUR"}')
        FROM numbers(${events})`,
    });
    const queries = {
      'tiny (SELECT 1)': 'SELECT 1',
      'aggregation over events': `SELECT event_type, toStartOfDay(occurred_at) AS day, count() AS n, sum(JSONExtractUInt(payload, 'amount')) AS amount
        FROM ${store.database}.events FINAL GROUP BY event_type, day ORDER BY day, event_type`,
    };
    const direct = async (sql: string) => (await store.client.query({ query: sql, format: 'JSON' })).json();
    const timings: Record<string, { direct: number[]; analyst: number[] }> = {};
    for (const [name, sql] of Object.entries(queries)) {
      timings[name] = { direct: [], analyst: [] };
      await direct(sql);
      await runAnalystQuery(store, sql, LIMITS);
      for (let i = 0; i < runs; i++) {
        let t = performance.now();
        await direct(sql);
        timings[name]!.direct.push(performance.now() - t);
        t = performance.now();
        await runAnalystQuery(store, sql, LIMITS);
        timings[name]!.analyst.push(performance.now() - t);
      }
    }
    console.log(`${events} events, ${runs} interleaved runs each\n`);
    console.log('| query | direct p50 ms | analyst path p50 ms | ratio |\n|---|---:|---:|---:|');
    for (const [name, t] of Object.entries(timings)) {
      const p50 = (xs: number[]) => percentile(Float64Array.from(xs).sort(), 50);
      const [d, a] = [p50(t.direct), p50(t.analyst)];
      console.log(`| ${name} | ${d.toFixed(2)} | ${a.toFixed(2)} | ${(a / d).toFixed(2)}× |`);
    }
  } finally {
    await closeEmbeddedClickHouse();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
