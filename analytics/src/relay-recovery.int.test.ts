import { ClickHouseLogLevel, createClient } from '@clickhouse/client';
import { sql } from 'kysely';
import pino from 'pino';
import type { AnalyticsStore } from './clickhouse';
import { insertEvents } from './events';
import { type EventSink, relayBatch, startRelay } from './relay';
import { EXACT_BACKLOG_UP_TO, relayBacklog, relayCounters } from './relay-metrics';
import { createTestClickHouse, queryRows, type TestClickHouse } from '../test/clickhouse';
import { insertOutbox, orderPaidEvent } from '../test/factories';
import { expectOrderKept, interleaved } from '../test/ordering';
import { createTestPostgres, type TestPostgres } from '../test/postgres';

let pg: TestPostgres;
let ch: TestClickHouse;
const silent = pino({ level: 'silent' });

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

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Every event_id once in ClickHouse, after FINAL collapses redeliveries. */
async function finalEventIds(): Promise<string[]> {
  const rows = await queryRows<{ event_id: string }>(ch.store, `SELECT event_id FROM ${ch.store.database}.events FINAL`);
  return rows.map((row) => row.event_id);
}

describe('several relays at once', () => {
  it('keep each aggregate in order and ship every event once, through failures before and after the insert', async () => {
    const events = interleaved(40, 15);
    await insertOutbox(pg.db, events);
    const delivered: string[] = [];
    let calls = 0;
    // Every third insert fails: before it reaches ClickHouse, or after (as if the relay's commit
    // failed), so a batch both goes missing and is shipped twice while other relays keep going.
    const flaky: EventSink = async (batch) => {
      calls += 1;
      const failure = calls % 6 === 0 ? 'before' : calls % 6 === 3 ? 'after' : null;
      if (failure === 'before') throw new Error('injected failure before the insert');
      await insertEvents(ch.store, batch);
      delivered.push(...batch.map((event) => event.event_id));
      if (failure === 'after') throw new Error('injected failure after the insert');
    };
    const relays = Array.from({ length: 3 }, () => startRelay(pg.db, flaky, { batchSize: 25, intervalMs: 10, lanes: 2, logger: silent }));
    try {
      await waitFor(async () => (await relayBacklog(pg.db)).events === 0);
    } finally {
      await Promise.all(relays.map((relay) => relay.stop()));
    }

    expect(calls).toBeGreaterThan(6);
    expect(delivered.length).toBeGreaterThan(events.length);
    expect((await finalEventIds()).sort()).toEqual(events.map((event) => event.event_id).sort());
    expectOrderKept(events, delivered);
  });

  it("do not ship past an aggregate's batch that another relay has in flight", async () => {
    const events = interleaved(1, 10);
    await insertOutbox(pg.db, events);
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered = () => {};
    const inFlight = new Promise<void>((resolve) => (entered = resolve));
    const stuck = relayBatch(
      pg.db,
      async () => {
        entered();
        await gate;
        throw new Error('injected failure after a long insert');
      },
      { batchSize: 5 },
    );
    await inFlight;

    // Plain SKIP LOCKED would ship events 6–10 here, ahead of 1–5.
    const delivered: string[] = [];
    const sink: EventSink = async (batch) => {
      await insertEvents(ch.store, batch);
      delivered.push(...batch.map((event) => event.event_id));
    };
    expect(await relayBatch(pg.db, sink, { batchSize: 5 })).toBe(0);
    release();
    await expect(stuck).rejects.toThrow('injected failure');
    expect(await relayBatch(pg.db, sink, { batchSize: 10 })).toBe(10);
    expect(delivered).toEqual(events.map((event) => event.event_id));
  });
});

describe('ClickHouse outage', () => {
  it('keeps events in the outbox, reports the lag, and catches up in order once ClickHouse is back', async () => {
    // A real client against a port nothing listens on, until the "outage" ends.
    const down = createClient({ url: 'http://127.0.0.1:1', request_timeout: 2_000, log: { level: ClickHouseLogLevel.OFF } });
    let outage = true;
    const store: AnalyticsStore = {
      get client() {
        return outage ? down : ch.store.client;
      },
      database: ch.store.database,
      readOnly: (limits) => ch.store.readOnly(limits),
      close: async () => {},
    };
    const delivered: string[] = [];
    const sink: EventSink = async (batch) => {
      await insertEvents(store, batch);
      delivered.push(...batch.map((event) => event.event_id));
    };
    const events = interleaved(20, 10);
    const failuresBefore = relayCounters.failures;
    const relay = startRelay(pg.db, sink, { batchSize: 30, intervalMs: 10, lanes: 2, logger: silent });
    try {
      await insertOutbox(pg.db, events.slice(0, 120));
      await waitFor(() => relayCounters.failures >= failuresBefore + 2);
      await insertOutbox(pg.db, events.slice(120));

      const backlog = await relayBacklog(pg.db);
      expect(backlog.events).toBe(events.length);
      // The factory's events occurred on 2026-11-21 10:15, long before now.
      expect(backlog.lagSeconds).toBeGreaterThan(60);
      expect(await finalEventIds()).toEqual([]);

      outage = false;
      await waitFor(async () => (await relayBacklog(pg.db)).events === 0);
    } finally {
      await relay.stop();
      await down.close();
    }
    expect(await relayBacklog(pg.db)).toEqual({ events: 0, lagSeconds: 0 });
    expect((await finalEventIds()).sort()).toEqual(events.map((event) => event.event_id).sort());
    expectOrderKept(events, delivered);
  });
});

describe('relayBacklog', () => {
  it('counts exactly up to the cap, then estimates from the id span (an upper bound)', async () => {
    const event = orderPaidEvent();
    const total = EXACT_BACKLOG_UP_TO + 500;
    await sql`
      INSERT INTO outbox (event_type, aggregate_type, aggregate_id, payload, occurred_at)
      SELECT 'order.paid', 'order', gen_random_uuid(), ${JSON.stringify(event.payload)}::jsonb, now() - interval '5 seconds'
      FROM generate_series(1, ${total})`.execute(pg.db);

    const large = await relayBacklog(pg.db);
    expect(large.events).toBe(total);
    expect(large.lagSeconds).toBeGreaterThanOrEqual(5);

    // Shipping rows inside the span leaves the estimate above the truth, never below it.
    await sql`UPDATE outbox SET published_at = now() WHERE id IN (SELECT id FROM outbox ORDER BY id OFFSET 10 LIMIT 100)`.execute(pg.db);
    expect((await relayBacklog(pg.db)).events).toBe(total);

    await relayBatch(pg.db, (batch) => insertEvents(ch.store, batch), { batchSize: total });
    expect(await relayBacklog(pg.db)).toEqual({ events: 0, lagSeconds: 0 });
  });
});
