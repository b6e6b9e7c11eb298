// npm run bench:relay -- [--events 500000] [--rate 10000] [--duration 20] [--sink clickhouse|nats]
//
// The outbox relay (analytics/src/relay.ts, through startRelay as the worker runs it) between a
// real Postgres (embedded, or BENCH_DATABASE_URL) and embedded ClickHouse, in two phases:
// 1. Throughput: --events outbox rows preloaded, drained by the relay; events/s next to two
//    baselines measured in the same run on the same rows: ClickHouse alone (the same batches
//    inserted with no Postgres) and Postgres alone (the relay's SELECT + UPDATE, no ClickHouse).
// 2. Lag: a producer commits --rate events/s into the outbox for --duration s (open loop, 50
//    transactions a second) while the relay runs with the production defaults; per-event lag is
//    ClickHouse's ingested_at minus the producer's commit time.
// --sink nats sends both phases through JetStream (127.0.0.1:4222 or NATS_URL) and the consumer.
// RELAY_LANES, RELAY_BATCH_SIZE, RELAY_MAX_WAIT_MS and RELAY_INTERVAL_MS apply as in the worker.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pino from 'pino';
import { type AnalyticsStore, closeEmbeddedClickHouse, openClickHouse } from '../analytics/src/clickhouse';
import { type AnalyticsEvent, insertEvents } from '../analytics/src/events';
import { jetStreamSink, openEventStream } from '../analytics/src/jetstream';
import { startEventConsumer } from '../analytics/src/jetstream-consumer';
import { migrateClickHouse } from '../analytics/src/migrate';
import { type EventSink, startRelay } from '../analytics/src/relay';
import { relayCounters } from '../analytics/src/relay-metrics';
import { loadConfig } from '../api/src/config';
import { createDatabase } from '../api/src/db/database';
import { migrateToLatest } from '../api/src/db/migrate';
import { startBenchServer } from './lib/postgres';
import { createCleanup } from './lib/processes';
import { runBench, startRun, writeResults } from './lib/run';
import { percentile } from './lib/stats';
import { type Table, fmt } from './lib/table';
import { positiveInt } from './args';

const USAGE = `Usage: npm run bench:relay -- [options]

  --events N       outbox rows for the throughput phase (default 500000)
  --rate N         events/s the producer commits in the lag phase (default 10000)
  --duration S     seconds of the lag phase (default 20)
  --sink S         clickhouse (default) or nats (JetStream at NATS_URL, then the consumer)
  -h, --help`;

const TARGET_EVENTS_PER_S = 50_000;
const TARGET_P99_LAG_S = 2;
const TICKS_PER_S = 50;
const log = (line: string) => process.stderr.write(`[bench:relay] ${line}\n`);
const silent = pino({ level: 'silent' });

// An order.paid payload as the API writes it (about 330 bytes of JSON), varying per row, plus the
// producer's tick number that the lag phase reads back (0 in the throughput phase).
const payload = (tick: number) => sql`jsonb_build_object(
  'order_id', gen_random_uuid(), 'listing_id', gen_random_uuid(), 'buyer_id', gen_random_uuid(),
  'seller_id', gen_random_uuid(), 'amount', 1000 + (random() * 50000)::int, 'currency', 'EUR',
  'fee_amount', 200, 'category', 'cameras', 'risk_score', (random() * 100)::int,
  'risk_decision', 'allow', 'payment_method', 'pm_card_visa', 'tick', ${tick}::int)`;

/** Polls `done` until true, logging `progress()` every 5 s so a stalled run shows where it stands. */
async function waitUntil(done: () => boolean | Promise<boolean>, progress: () => Promise<string> | string): Promise<void> {
  let nextLog = performance.now() + 5_000;
  while (!(await done())) {
    if (performance.now() > nextLog) {
      log(`  … ${await progress()}`);
      nextLog += 5_000;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      events: { type: 'string' },
      rate: { type: 'string' },
      duration: { type: 'string' },
      sink: { type: 'string', default: 'clickhouse' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const events = positiveInt(values.events, 'events', 500_000);
  const rate = positiveInt(values.rate, 'rate', 10_000);
  const duration = positiveInt(values.duration, 'duration', 20);
  if (values.sink !== 'clickhouse' && values.sink !== 'nats') throw new Error(`--sink must be clickhouse or nats, got ${values.sink}`);
  const viaNats = values.sink === 'nats';
  // The worker's settings as production reads them: defaults, or RELAY_* from the environment.
  const config = loadConfig(process.env);
  const cleanup = createCleanup((l) => log(l));
  cleanup.installSignalHandlers();
  try {
    const { startedAt, stamp, resultsDir, machine, tmp } = startRun('relay', cleanup);
    const server = await startBenchServer(tmp, cleanup, process.env.BENCH_DATABASE_URL);
    const db = createDatabase(server.appUrl, 20);
    cleanup.add('close Postgres pool', () => db.destroy());
    await migrateToLatest(db);
    const pgVersion = (await sql<{ v: string }>`SELECT current_setting('server_version') AS v`.execute(db)).rows[0]!.v;

    const store = await openClickHouse({ database: 'bench_relay', dataDir: path.join(tmp, 'clickhouse') });
    cleanup.add('close embedded ClickHouse', () => closeEmbeddedClickHouse());
    await migrateClickHouse(store);
    const baselineStore: AnalyticsStore = await openClickHouse({ database: 'bench_baseline', dataDir: path.join(tmp, 'clickhouse') });
    await migrateClickHouse(baselineStore);
    const chVersion = String((await (await store.client.query({ query: 'SELECT version() AS v', format: 'JSONEachRow' })).json<{ v: string }>())[0]?.v);

    let sink: EventSink = (batch) => insertEvents(store, batch);
    if (viaNats) {
      const run = randomBytes(4).toString('hex');
      const broker = await openEventStream({ url: process.env.NATS_URL ?? 'nats://127.0.0.1:4222', prefix: `bench_${run}` });
      cleanup.add('delete bench stream', async () => {
        await broker.manager.streams.delete(broker.stream);
        await broker.close();
      });
      const consumer = await startEventConsumer(broker, (batch) => insertEvents(store, batch), { batchSize: config.RELAY_BATCH_SIZE, logger: silent });
      cleanup.add('stop consumer', () => consumer.stop());
      sink = jetStreamSink(broker);
    }
    const ingested = async (): Promise<number> => {
      const result = await store.client.query({ query: `SELECT count() AS n FROM ${store.database}.events`, format: 'JSONEachRow' });
      return Number((await result.json<{ n: string }>())[0]?.n ?? 0);
    };

    // Phase 1: preload, then the baselines, then the relay on the same rows.
    log(`preloading ${events.toLocaleString('en')} outbox rows (Postgres ${pgVersion}, ${server.origin})…`);
    const aggregates = Math.max(1, Math.floor(events / 5));
    for (let done = 0; done < events; done += 100_000) {
      const n = Math.min(100_000, events - done);
      await sql`
        INSERT INTO outbox (event_type, aggregate_type, aggregate_id, payload, occurred_at)
        SELECT 'order.paid', 'order', md5((g % ${aggregates}::int)::text)::uuid, ${payload(0)}, now()
        FROM generate_series(${done}::int, ${done + n - 1}::int) AS g`.execute(db);
    }
    await sql`VACUUM ANALYZE outbox`.execute(db);
    // The rows exactly as the relay reads and sends them (payload as JSON text).
    const columns = ['id', 'event_id', 'event_type', 'aggregate_type', 'aggregate_id', 'occurred_at'] as const;
    const payloadText = sql<string>`payload::text`.as('payload');
    const rows: AnalyticsEvent[] = await db.selectFrom('outbox').select(columns).select(payloadText).orderBy('id').execute();
    const payloadBytes = rows.reduce((sum, row) => sum + (row.payload as string).length, 0) / rows.length;
    const batchSize = config.RELAY_BATCH_SIZE;

    log(`baseline: ClickHouse alone, ${rows.length.toLocaleString('en')} rows in batches of ${batchSize}…`);
    let t = performance.now();
    for (let i = 0; i < rows.length; i += batchSize) await insertEvents(baselineStore, rows.slice(i, i + batchSize));
    const chOnlyS = (performance.now() - t) / 1000;

    log("baseline: Postgres alone, the relay's SELECT + UPDATE per batch, no ClickHouse…");
    t = performance.now();
    for (;;) {
      const shipped = await db.transaction().execute(async (trx) => {
        const batch = await trx.selectFrom('outbox').select(columns).select(payloadText).where('published_at', 'is', null).orderBy('id').limit(batchSize).execute();
        if (batch.length === 0) return 0;
        await sql`UPDATE outbox SET published_at = now() WHERE id = any(${batch.map((row) => row.id)}::bigint[])`.execute(trx);
        return batch.length;
      });
      if (shipped === 0) break;
    }
    const pgOnlyS = (performance.now() - t) / 1000;

    // The alternative to marking rows: deleting them once shipped (no new row versions, no index
    // inserts, the table stays small), on a copy of the same rows. Not what the relay does: the
    // outbox stays the durable copy of every event, so ClickHouse is never the only one.
    await sql`CREATE TABLE outbox_delete_probe (LIKE outbox INCLUDING ALL)`.execute(db);
    await sql`INSERT INTO outbox_delete_probe SELECT * FROM outbox`.execute(db);
    await sql`VACUUM ANALYZE outbox_delete_probe`.execute(db);
    log('alternative: Postgres SELECT + DELETE per batch, on a copy…');
    t = performance.now();
    for (;;) {
      const { rows: deleted } = await sql<{ n: number }>`
        WITH batch AS (SELECT id FROM outbox_delete_probe ORDER BY id LIMIT ${batchSize}),
             gone AS (DELETE FROM outbox_delete_probe WHERE id IN (SELECT id FROM batch) RETURNING payload)
        SELECT count(*)::int AS n FROM gone`.execute(db);
      if (deleted[0]!.n === 0) break;
    }
    const pgDeleteS = (performance.now() - t) / 1000;
    await sql`DROP TABLE outbox_delete_probe`.execute(db);
    await sql`UPDATE outbox SET published_at = NULL`.execute(db);
    await sql`VACUUM ANALYZE outbox`.execute(db);

    const tableSize = async () => {
      const {
        rows: [size],
      } = await sql<{ total: string; dead: string }>`
        SELECT pg_total_relation_size('outbox')::text AS total, coalesce(n_dead_tup, 0)::text AS dead
        FROM pg_stat_user_tables WHERE relname = 'outbox'`.execute(db);
      return { bytes: Number(size?.total), dead: Number(size?.dead) };
    };
    const sizeBefore = await tableSize();
    log(`relay (${config.RELAY_LANES} lanes, batches of ${batchSize}, sink ${values.sink}): draining ${rows.length.toLocaleString('en')} rows…`);
    const relayedBefore = relayCounters.relayed;
    t = performance.now();
    let relay = startRelay(db, sink, { batchSize, intervalMs: 10, lanes: config.RELAY_LANES, logger: silent });
    const progress = async () =>
      `relayed ${relayCounters.relayed - relayedBefore}, consumed ${relayCounters.consumed}, consumer failures ${relayCounters.consumerFailures}, in ClickHouse ${await ingested()}`;
    await waitUntil(() => relayCounters.relayed - relayedBefore >= rows.length, progress);
    const outboxDoneS = (performance.now() - t) / 1000;
    await relay.stop();
    await waitUntil(async () => (await ingested()) >= rows.length, progress);
    const relayS = (performance.now() - t) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // autovacuum counters settle
    const sizeAfter = await tableSize();

    // Phase 2: lag under a steady producer, with the production relay settings.
    const perTick = Math.max(1, Math.round(rate / TICKS_PER_S));
    log(`lag: ${(perTick * TICKS_PER_S).toLocaleString('en')} events/s for ${duration} s (${TICKS_PER_S} commits/s of ${perTick})…`);
    const phase2From = await ingested();
    relay = startRelay(db, sink, {
      batchSize,
      intervalMs: config.RELAY_INTERVAL_MS,
      maxWaitMs: config.RELAY_MAX_WAIT_MS,
      lanes: config.RELAY_LANES,
      logger: silent,
    });
    const producer = createDatabase(server.appUrl, 4);
    cleanup.add('close producer pool', () => producer.destroy());
    const committedAt: number[] = [];
    const ticks = duration * TICKS_PER_S;
    const start = Date.now();
    const inFlight: Array<Promise<void>> = [];
    for (let tick = 1; tick <= ticks; tick++) {
      const due = start + (tick - 1) * (1000 / TICKS_PER_S);
      if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
      inFlight.push(
        sql`
          INSERT INTO outbox (event_type, aggregate_type, aggregate_id, payload, occurred_at)
          SELECT 'order.paid', 'order', gen_random_uuid(), ${payload(tick)}, now()
          FROM generate_series(1, ${perTick}::int)`
          .execute(producer)
          .then(() => {
            committedAt[tick] = Date.now();
          }),
      );
    }
    await Promise.all(inFlight);
    const producedS = (Date.now() - start) / 1000;
    const produced = ticks * perTick;
    await waitUntil(async () => (await ingested()) >= phase2From + produced, progress);
    await relay.stop();
    const lagRows = await (
      await store.client.query({
        query: `SELECT JSONExtractUInt(payload, 'tick') AS tick, toUnixTimestamp64Milli(min(ingested_at)) AS at
                FROM ${store.database}.events WHERE JSONExtractUInt(payload, 'tick') > 0 GROUP BY event_id, tick`,
        format: 'JSONEachRow',
      })
    ).json<{ tick: string; at: string }>();
    const lags = Float64Array.from(lagRows.map((row) => (Number(row.at) - committedAt[Number(row.tick)]!) / 1000)).sort();
    const p50 = percentile(lags, 50);
    const p99 = percentile(lags, 99);
    const max = lags[lags.length - 1]!;

    const relayRate = rows.length / relayS;
    const chRate = rows.length / chOnlyS;
    const pgRate = rows.length / pgOnlyS;
    const pgDeleteRate = rows.length / pgDeleteS;
    const table: Table = {
      headers: ['measure', 'events/s', '÷ ClickHouse alone', '÷ Postgres alone', 'target', 'meets'],
      rows: [
        ['baseline: ClickHouse insert alone (same rows and batches)', Math.round(chRate), '1.00', fmt(chRate / pgRate, 2), '', ''],
        ['baseline: Postgres SELECT + UPDATE alone (same batches)', Math.round(pgRate), fmt(pgRate / chRate, 2), '1.00', '', ''],
        ['alternative: Postgres SELECT + DELETE alone (same batches)', Math.round(pgDeleteRate), fmt(pgDeleteRate / chRate, 2), fmt(pgDeleteRate / pgRate, 2), '', ''],
        [
          `relay, outbox → ${viaNats ? 'JetStream → consumer → ' : ''}ClickHouse (${config.RELAY_LANES} lanes)`,
          Math.round(relayRate),
          fmt(relayRate / chRate, 2),
          fmt(relayRate / pgRate, 2),
          `≥ ${TARGET_EVENTS_PER_S.toLocaleString('en')}`,
          relayRate >= TARGET_EVENTS_PER_S ? 'yes' : 'NO',
        ],
      ],
      align: ['left', 'right', 'right', 'right', 'left', 'left'],
    };
    const lagTable: Table = {
      headers: ['lag at load', 'events', 'events/s produced', 'p50 s', 'p99 s', 'max s', 'target', 'meets'],
      rows: [
        [
          `commit → ClickHouse ingested_at`,
          lags.length,
          Math.round(produced / producedS),
          fmt(p50, 3),
          fmt(p99, 3),
          fmt(max, 3),
          `p99 < ${TARGET_P99_LAG_S} s`,
          p99 < TARGET_P99_LAG_S ? 'yes' : 'NO',
        ],
      ],
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'left', 'left'],
    };
    const command = `npm run bench:relay -- ${argv.join(' ')}`.trim();
    const headerLines = [
      `${startedAt.toISOString()} · ${machine.cpuCount} × ${machine.cpuModel} · Node ${machine.node} · Postgres ${pgVersion} (${server.origin}) · ClickHouse ${chVersion} (embedded chdb, in the relay's process)`,
      `commit ${machine.gitCommit?.slice(0, 12) ?? '?'}${machine.gitDirty ? ' (dirty)' : ''} · load average at start ${machine.loadAverageAtStart.join(' ')}`,
      `${rows.length.toLocaleString('en')} outbox rows, ${Math.round(payloadBytes)}-byte payloads, ${aggregates.toLocaleString('en')} aggregates; relay: ${config.RELAY_LANES} lanes, batch ${batchSize}, sink ${values.sink}; outbox drained in ${fmt(outboxDoneS, 2)} s, all in ClickHouse in ${fmt(relayS, 2)} s`,
      `outbox while draining: ${(sizeBefore.bytes / 1e6).toFixed(0)} MB → ${(sizeAfter.bytes / 1e6).toFixed(0)} MB (table + indexes), ${sizeAfter.dead.toLocaleString('en')} dead tuples left for vacuum`,
      `lag phase: relay with the worker defaults (max wait ${config.RELAY_MAX_WAIT_MS} ms, poll ${config.RELAY_INTERVAL_MS} ms); producer in the same process`,
    ];
    const report = {
      benchmark: 'relay',
      startedAt: startedAt.toISOString(),
      command,
      options: { events, rate, duration, sink: values.sink },
      machine,
      postgres: { version: pgVersion, origin: server.origin },
      clickhouse: { version: chVersion, origin: 'embedded (chdb)' },
      relay: { lanes: config.RELAY_LANES, batchSize, maxWaitMs: config.RELAY_MAX_WAIT_MS, intervalMs: config.RELAY_INTERVAL_MS },
      throughput: { events: rows.length, payloadBytes, relayS, outboxDoneS, relayRate, chOnlyS, chRate, pgOnlyS, pgRate, pgDeleteS, pgDeleteRate, sizeBefore, sizeAfter },
      lag: { produced, producedS, measured: lags.length, p50, p99, max },
    };
    writeResults({
      resultsDir,
      name: 'relay',
      stamp,
      title: 'Outbox relay',
      command,
      headerLines,
      tables: [table, lagTable],
      report,
      latest: `relay${viaNats ? '-nats' : ''}-latest`,
    });
    return 0;
  } finally {
    await cleanup.run();
  }
}

runBench('bench:relay', main);
