import { Writable } from 'node:stream';
import { sql } from 'kysely';
import pino from 'pino';
import type { AnalyticsStore } from './clickhouse';
import { insertEvents } from './events';
import { type EventSink, RELAY_PARTITIONS, relayBatch, startRelay } from './relay';
import { salesMetrics } from './sales';
import { createTestClickHouse, queryRows, type TestClickHouse } from '../test/clickhouse';
import { insertOutbox, orderPaidEvent } from '../test/factories';
import { createTestPostgres, type TestPostgres } from '../test/postgres';

let pg: TestPostgres;
let ch: TestClickHouse;
const toClickHouse: EventSink = (events) => insertEvents(ch.store, events);

const DAY = { from: new Date('2026-11-21T00:00:00Z'), to: new Date('2026-11-22T00:00:00Z'), interval: 'day' } as const;

function paidBatch(count: number) {
  return Array.from({ length: count }, (_, i) => orderPaidEvent({ amount: 1000 + i, occurred_at: new Date(Date.UTC(2026, 10, 21, 10, i)) }));
}

async function partitionsOf(ids: string[]): Promise<number[]> {
  const { rows } = await sql<{ p: number }>`
    SELECT hashtext(aggregate_id::text) & ${RELAY_PARTITIONS - 1} AS p FROM outbox WHERE id = any(${ids}::bigint[]) ORDER BY id`.execute(pg.db);
  return rows.map((row) => row.p);
}

async function idsInPartitions(partitions: number[]): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    SELECT id FROM outbox WHERE hashtext(aggregate_id::text) & ${RELAY_PARTITIONS - 1} = any(${partitions}::int[]) ORDER BY id`.execute(pg.db);
  return rows.map((row) => row.id);
}

async function unpublishedIds(): Promise<string[]> {
  const rows = await pg.db.selectFrom('outbox').select('id').where('published_at', 'is', null).orderBy('id').execute();
  return rows.map((row) => row.id);
}

/** Rows physically stored, before ReplacingMergeTree collapses replays. */
async function storedRows(): Promise<number> {
  const [row] = await queryRows<{ n: string }>(ch.store, `SELECT count() AS n FROM ${ch.store.database}.events`);
  return Number(row?.n);
}

beforeAll(async () => {
  [pg, ch] = await Promise.all([createTestPostgres(), createTestClickHouse()]);
});

afterAll(async () => {
  await Promise.all([pg?.drop(), ch?.drop()]);
});

beforeEach(async () => {
  await pg.db.deleteFrom('outbox').execute();
  await ch.truncate();
});

describe('relayBatch', () => {
  it('ships unpublished rows oldest first, marks them published and extracts payload columns', async () => {
    const events = paidBatch(3);
    const outbox = await insertOutbox(pg.db, events);

    expect(await relayBatch(pg.db, toClickHouse, { batchSize: 2 })).toBe(2);
    expect(await unpublishedIds()).toEqual([outbox[2]?.id]);
    expect(await relayBatch(pg.db, toClickHouse, { batchSize: 2 })).toBe(1);
    expect(await relayBatch(pg.db, toClickHouse, { batchSize: 2 })).toBe(0);
    expect(await unpublishedIds()).toEqual([]);

    const first = events[0]!;
    const payload = first.payload as Record<string, unknown>;
    const stored = await queryRows(
      ch.store,
      `SELECT event_type, aggregate_id, occurred_at, amount, currency, category, seller_id, buyer_id
       FROM ${ch.store.database}.events FINAL WHERE event_id = '${first.event_id}'`,
    );
    expect(stored).toEqual([
      {
        event_type: 'order.paid',
        aggregate_id: first.aggregate_id,
        occurred_at: '2026-11-21 10:00:00.000',
        amount: '1000',
        currency: 'EUR',
        category: 'cameras',
        seller_id: payload.seller_id,
        buyer_id: payload.buyer_id,
      },
    ]);
    expect(await salesMetrics(ch.store, DAY)).toEqual([{ bucket: '2026-11-21T00:00:00.000Z', currency: 'EUR', orders: 3, gmv: 3003 }]);
  });

  it('does not change counts or sums when a batch is shipped again', async () => {
    // Merges would collapse the replay before we can see it was really stored twice.
    await ch.store.client.command({ query: `SYSTEM STOP MERGES ${ch.store.database}.events` });
    try {
      const events = paidBatch(4);
      await insertOutbox(pg.db, events);
      expect(await relayBatch(pg.db, toClickHouse, { batchSize: 10 })).toBe(4);
      const before = await salesMetrics(ch.store, DAY);

      // A relay that crashed after the ClickHouse insert but before its commit ships again.
      await pg.db.updateTable('outbox').set({ published_at: null }).execute();
      expect(await relayBatch(pg.db, toClickHouse, { batchSize: 10 })).toBe(4);
      await insertEvents(ch.store, events);

      expect(await storedRows()).toBe(12);
      expect(await salesMetrics(ch.store, DAY)).toEqual(before);
      expect(before).toEqual([{ bucket: '2026-11-21T00:00:00.000Z', currency: 'EUR', orders: 4, gmv: 4006 }]);
    } finally {
      await ch.store.client.command({ query: `SYSTEM START MERGES ${ch.store.database}.events` });
    }
    await ch.store.client.command({ query: `OPTIMIZE TABLE ${ch.store.database}.events FINAL` });
    expect(await storedRows()).toBe(4);
  });

  it('leaves rows unpublished when ClickHouse fails, and the next run catches up', async () => {
    await insertOutbox(pg.db, paidBatch(3));
    const broken: AnalyticsStore = { ...ch.store, database: 'agora_missing_database' };

    await expect(relayBatch(pg.db, (events) => insertEvents(broken, events), { batchSize: 10 })).rejects.toMatchObject({ type: 'UNKNOWN_DATABASE' });
    expect(await unpublishedIds()).toHaveLength(3);
    expect(await storedRows()).toBe(0);

    expect(await relayBatch(pg.db, toClickHouse, { batchSize: 10 })).toBe(3);
    expect(await unpublishedIds()).toEqual([]);
    expect(await salesMetrics(ch.store, DAY)).toEqual([{ bucket: '2026-11-21T00:00:00.000Z', currency: 'EUR', orders: 3, gmv: 3003 }]);
  });

  it('skips the partitions another relay holds', async () => {
    await insertOutbox(pg.db, paidBatch(12));
    const held = [...new Set(await partitionsOf(await unpublishedIds()))].slice(0, 2);
    const heldIds = await idsInPartitions(held);

    await pg.db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${0x6f62}, p) FROM unnest(${held}::int[]) AS p`.execute(trx);
      // Runs on another pooled connection while this transaction holds the partition locks.
      expect(await relayBatch(pg.db, toClickHouse, { batchSize: 100 })).toBe(12 - heldIds.length);
    });

    expect(await unpublishedIds()).toEqual(heldIds);
    expect(await relayBatch(pg.db, toClickHouse, { batchSize: 100 })).toBe(heldIds.length);
  });

  it('holds a partial batch back until its oldest event is maxWaitMs old; a full batch ships at once', async () => {
    const events = paidBatch(3);
    await insertOutbox(pg.db, events);
    const oldest = events[0]!.occurred_at.getTime();
    const wait = { maxWaitMs: 60_000, now: () => oldest + 59_000 };

    expect(await relayBatch(pg.db, toClickHouse, { batchSize: 10, ...wait })).toBe(0);
    expect(await unpublishedIds()).toHaveLength(3);
    expect(await relayBatch(pg.db, toClickHouse, { batchSize: 2, ...wait })).toBe(2);
    // What is left is the third event, two minutes younger than the first.
    const third = events[2]!.occurred_at.getTime();
    expect(await relayBatch(pg.db, toClickHouse, { batchSize: 10, ...wait, now: () => third + 59_000 })).toBe(0);
    expect(await relayBatch(pg.db, toClickHouse, { batchSize: 10, ...wait, now: () => third + 60_000 })).toBe(1);
    expect(await storedRows()).toBe(3);
  });

  it('never ships the same row from two concurrent batches', async () => {
    await insertOutbox(pg.db, paidBatch(40));
    const insert = jest.spyOn(ch.store.client, 'insert');
    try {
      const shipped = await Promise.all(Array.from({ length: 4 }, () => relayBatch(pg.db, toClickHouse, { batchSize: 10 })));
      const sent = insert.mock.calls.flatMap(([params]) => params.values as Array<{ event_id: string }>);
      expect(shipped.reduce((a, b) => a + b, 0)).toBe(sent.length);
      expect(new Set(sent.map((row) => row.event_id)).size).toBe(sent.length);
    } finally {
      insert.mockRestore();
    }
    // Whatever a skipped-over batch left behind is picked up next.
    let shipped: number;
    do shipped = await relayBatch(pg.db, toClickHouse, { batchSize: 10 });
    while (shipped > 0);
    expect(await unpublishedIds()).toEqual([]);
    expect(await storedRows()).toBe(40);
  });
});

describe('startRelay', () => {
  function capturingLogger() {
    const lines: Array<Record<string, unknown>> = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    return { logger: pino({ level: 'info' }, stream), lines };
  }

  async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('timed out waiting');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('ships in the background, keeps going while batches are full, and drains', async () => {
    const { logger } = capturingLogger();
    const relay = startRelay(pg.db, toClickHouse, { intervalMs: 50, batchSize: 4, logger });
    try {
      await insertOutbox(pg.db, paidBatch(10));
      await waitFor(async () => (await unpublishedIds()).length === 0);
      await insertOutbox(pg.db, paidBatch(5));
      await relay.drain();
      expect(await unpublishedIds()).toEqual([]);
      expect(await storedRows()).toBe(15);
    } finally {
      await relay.stop();
    }
  });

  it('logs failures without payload data, retries with backoff and stops promptly', async () => {
    const { logger, lines } = capturingLogger();
    await insertOutbox(pg.db, paidBatch(2));
    const broken: AnalyticsStore = { ...ch.store, database: 'agora_missing_database' };
    const relay = startRelay(pg.db, (events) => insertEvents(broken, events), { intervalMs: 10, batchSize: 10, logger });
    await waitFor(() => lines.length >= 2);
    const started = Date.now();
    await relay.stop();
    expect(Date.now() - started).toBeLessThan(1_000);

    expect(lines[0]).toMatchObject({
      level: 50,
      module: 'analytics-relay',
      msg: 'outbox relay batch failed',
      failures: 1,
      retryInMs: 100,
      error: { code: '81', type: 'UNKNOWN_DATABASE' },
    });
    expect(lines[1]).toMatchObject({ failures: 2, retryInMs: 200 });
    expect(JSON.stringify(lines)).not.toContain('cameras');
    expect(await unpublishedIds()).toHaveLength(2);

    const again = startRelay(pg.db, (events) => insertEvents(broken, events), { intervalMs: 10, batchSize: 10, logger });
    await expect(again.drain()).rejects.toMatchObject({ type: 'UNKNOWN_DATABASE' });
    await again.stop();
  });
});
