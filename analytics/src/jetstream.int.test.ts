import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { insertEvents } from './events';
import { type EventStream, eventStreamNames, jetStreamSink, openEventStream } from './jetstream';
import { startEventConsumer } from './jetstream-consumer';
import { type EventSink, relayBatch, startRelay } from './relay';
import { relayBacklog } from './relay-metrics';
import { createTestClickHouse, type TestClickHouse } from '../test/clickhouse';
import { insertOutbox } from '../test/factories';
import { expectOrderKept, interleaved } from '../test/ordering';
import { createTestPostgres, type TestPostgres } from '../test/postgres';

// The real JetStream server of the build machines; NATS_URL points elsewhere.
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const silent = pino({ level: 'silent' });
// Short, so a crashed consumer's batch comes back within the test.
const ACK_WAIT_MS = 1_000;

let pg: TestPostgres;
let ch: TestClickHouse;
let broker: EventStream;

beforeAll(async () => {
  [pg, ch] = await Promise.all([createTestPostgres(), createTestClickHouse()]);
});

afterAll(async () => {
  await Promise.all([pg?.drop(), ch?.drop()]);
});

// A stream and subjects of its own per test, so parallel runs and tests never see each other's messages.
beforeEach(async () => {
  await pg.db.deleteFrom('outbox').execute();
  const run = randomBytes(6).toString('hex');
  broker = await openEventStream({ url: NATS_URL, prefix: `test_${run}` });
});

afterEach(async () => {
  await broker.manager.streams.delete(broker.stream);
  await broker.close();
});

/** `state` says, in the time-out's message, how far things got. */
async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 30_000, state: () => string = () => ''): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting ${state()}`.trim());
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The given events as ClickHouse holds them after FINAL collapses redeliveries, sorted. */
async function finalEventIds(eventIds: string[]): Promise<string[]> {
  const result = await ch.store.client.query({
    query: `SELECT event_id FROM ${ch.store.database}.events FINAL WHERE event_id IN {ids:Array(UUID)}`,
    query_params: { ids: eventIds },
    format: 'JSONEachRow',
  });
  return (await result.json<{ event_id: string }>()).map((row) => row.event_id).sort();
}

/** A ClickHouse sink that also records the order events reached it. */
function recordingSink(delivered: string[]): EventSink {
  return async (batch) => {
    await insertEvents(ch.store, batch);
    delivered.push(...batch.map((event) => event.event_id));
  };
}

describe('relay → JetStream → consumer → ClickHouse', () => {
  it('delivers every event once, each aggregate in order, and the stream drops republished events', async () => {
    const events = interleaved(20, 10);
    const ids = events.map((event) => event.event_id);
    await insertOutbox(pg.db, events);
    const delivered: string[] = [];
    // An ack wait no busy machine outlasts: this test counts deliveries, and a redelivery is the other test's subject.
    const consumer = await startEventConsumer(broker, recordingSink(delivered), { batchSize: 40, ackWaitMs: 60_000, logger: silent });
    const relays = [0, 1].map(() => startRelay(pg.db, jetStreamSink(broker), { batchSize: 25, intervalMs: 10, lanes: 2, logger: silent }));
    try {
      await waitFor(async () => (await finalEventIds(ids)).length === events.length);
    } finally {
      await Promise.all(relays.map((relay) => relay.stop()));
    }
    expect(await relayBacklog(pg.db)).toEqual({ events: 0, lagSeconds: 0 });
    expect(await finalEventIds(ids)).toEqual([...ids].sort());
    expectOrderKept(events, delivered);
    expect(delivered.sort()).toEqual([...ids].sort());

    // A relay that published but crashed before marking its rows publishes them again: the
    // stream's duplicate window (Nats-Msg-Id = event_id) drops every copy.
    await pg.db.updateTable('outbox').set({ published_at: null }).execute();
    expect(await relayBatch(pg.db, jetStreamSink(broker), { batchSize: 1_000 })).toBe(events.length);
    expect((await broker.manager.streams.info(broker.stream)).state.messages).toBe(events.length);
    await consumer.stop();
    expect(delivered).toHaveLength(events.length);
  });

  it('redelivers a batch a crashed consumer wrote but never acknowledged, without duplicates in ClickHouse', async () => {
    const events = interleaved(5, 6);
    const ids = events.map((event) => event.event_id);
    await insertOutbox(pg.db, events);
    expect(await relayBatch(pg.db, jetStreamSink(broker), { batchSize: 1_000 })).toBe(events.length);

    // The first consumer has its own connection: closing it is the crash, after its insert and before its acks.
    const doomed = await openEventStream({ url: NATS_URL, prefix: broker.prefix });
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let inserted = () => {};
    const insertedOnce = new Promise<void>((resolve) => (inserted = resolve));
    const firstDelivery: string[] = [];
    const crashing = await startEventConsumer(
      doomed,
      async (batch) => {
        await recordingSink(firstDelivery)(batch);
        inserted();
        await gate;
      },
      { batchSize: 100, ackWaitMs: ACK_WAIT_MS, logger: silent },
    );
    await insertedOnce;
    await doomed.connection.close();
    release();
    await crashing.stop();
    // At least once here too: under load the ack wait can lapse before the crash, and the same batch
    // comes back to the doomed consumer once the gate opens.
    expect([...new Set(firstDelivery)].sort()).toEqual([...ids].sort());

    const redelivered: string[] = [];
    const restarted = await startEventConsumer(broker, recordingSink(redelivered), { batchSize: 100, ackWaitMs: ACK_WAIT_MS, logger: silent });
    try {
      // At least once: under load a batch can outlast the ack wait and come a second time, so wait
      // for every event rather than for an exact count.
      await waitFor(
        () => new Set(redelivered).size === events.length,
        30_000,
        () => `(${new Set(redelivered).size} of ${events.length} events, ${redelivered.length} deliveries)`,
      );
    } finally {
      await restarted.stop();
    }
    expectOrderKept(events, redelivered);
    expect(await finalEventIds(ids)).toEqual([...ids].sort());
    const info = await broker.manager.consumers.info(broker.stream, broker.consumer);
    expect(info.num_ack_pending).toBe(0);
  });
});

describe('two deployments on one NATS server', () => {
  it('get a stream, subjects and consumer each from their prefix, and neither sees the other’s events', async () => {
    const other = await openEventStream({ url: NATS_URL, prefix: `${broker.prefix}_other` });
    try {
      expect(new Set([broker.stream, other.stream]).size).toBe(2);
      expect(new Set([broker.subjectPrefix, other.subjectPrefix]).size).toBe(2);
      expect((await other.manager.streams.info(other.stream)).config.subjects).toEqual([`${other.subjectPrefix}.>`]);
      const [mine, theirs] = [interleaved(3, 4), interleaved(2, 5)];
      await jetStreamSink(broker)(mine);
      await jetStreamSink(other)(theirs);

      // At least once: a batch may come again (ack wait), so what counts is which events arrive.
      const toMine: string[] = [];
      const toTheirs: string[] = [];
      const unique = (ids: string[]) => [...new Set(ids)].sort();
      const consumers = await Promise.all([
        startEventConsumer(broker, recordingSink(toMine), { batchSize: mine.length, ackWaitMs: ACK_WAIT_MS, logger: silent }),
        startEventConsumer(other, recordingSink(toTheirs), { batchSize: theirs.length, ackWaitMs: ACK_WAIT_MS, logger: silent }),
      ]);
      try {
        await waitFor(() => unique(toMine).length >= mine.length && unique(toTheirs).length >= theirs.length);
      } finally {
        await Promise.all(consumers.map((consumer) => consumer.stop()));
      }
      // Each stream stored only its own deployment's events, so its consumer can deliver no others.
      expect((await broker.manager.streams.info(broker.stream)).state.messages).toBe(mine.length);
      expect((await other.manager.streams.info(other.stream)).state.messages).toBe(theirs.length);
      expect(unique(toMine)).toEqual(mine.map((event) => event.event_id).sort());
      expect(unique(toTheirs)).toEqual(theirs.map((event) => event.event_id).sort());
    } finally {
      await other.manager.streams.delete(other.stream);
      await other.close();
    }
  });

  it('refuse a prefix that is not a safe NATS name or subject token', async () => {
    for (const prefix of ['', 'a.b', 'a*', 'a>', 'a b', 'Agora', 'x'.repeat(65)]) {
      await expect(openEventStream({ url: NATS_URL, prefix })).rejects.toThrow(/not a NATS-safe prefix/);
    }
    expect(eventStreamNames('agora')).toEqual({ stream: 'AGORA_EVENTS', subjectPrefix: 'agora.events', consumer: 'agora-clickhouse' });
  });
});
