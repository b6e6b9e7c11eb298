import { connect, JSONCodec, type JetStreamClient, type JetStreamManager, type NatsConnection, nanos, StorageType } from 'nats';
import type { AnalyticsEvent } from './events';
import type { EventSink } from './relay';

/**
 * A deployment's prefix on the broker: lower-case letters, digits, _ and -, which are safe in
 * stream and consumer names and as a subject token (no `.`, `*`, `>` or spaces).
 */
export const NATS_PREFIX = /^[a-z0-9_-]{1,64}$/;

/** Where a deployment's events go: a stream, a subject per aggregate type and a durable consumer. */
export interface EventStreamNames {
  /** `<PREFIX>_EVENTS` (AGORA_EVENTS for the prefix agora). */
  stream: string;
  /** `<prefix>.events`: events go to `<prefix>.events.<aggregate_type>`. */
  subjectPrefix: string;
  /** `<prefix>-clickhouse`: instances sharing it share the work. */
  consumer: string;
}

// Everything from one prefix: a stream must not claim subjects another stream holds, so two
// deployments on one NATS server need both apart, and then see none of each other's events.
export function eventStreamNames(prefix: string): EventStreamNames {
  if (!NATS_PREFIX.test(prefix)) throw new Error(`not a NATS-safe prefix (${NATS_PREFIX.source}): ${prefix}`);
  return { stream: `${prefix.toUpperCase()}_EVENTS`, subjectPrefix: `${prefix}.events`, consumer: `${prefix}-clickhouse` };
}

export interface EventStreamOptions {
  url: string;
  /** The deployment's prefix (see NATS_PREFIX): names the stream, its subjects and the consumer. */
  prefix: string;
}

export interface EventStream extends EventStreamNames {
  connection: NatsConnection;
  jetstream: JetStreamClient;
  manager: JetStreamManager;
  prefix: string;
  close(): Promise<void>;
}

/** An event as it travels on the broker: the outbox row, occurred_at as ISO text. */
export type WireEvent = Omit<AnalyticsEvent, 'occurred_at'> & { occurred_at: string };
export const eventCodec = JSONCodec<WireEvent>();

// How long JetStream remembers a Nats-Msg-Id: a relay that published but failed to mark its rows
// publishes them again within its backoff (at most 30 s), so the stream drops the copy; later
// copies still dedupe in ClickHouse on event_id.
const DUPLICATE_WINDOW_MS = 5 * 60_000;
const SUBJECT_TOKEN = /^[A-Za-z0-9_-]+$/;

/** Connects and creates the stream if missing (adding an identical stream again is a no-op). */
export async function openEventStream(opts: EventStreamOptions): Promise<EventStream> {
  const names = eventStreamNames(opts.prefix);
  const connection = await connect({ servers: opts.url, name: 'agora-relay' });
  try {
    const manager = await connection.jetstreamManager();
    await manager.streams.add({
      name: names.stream,
      subjects: [`${names.subjectPrefix}.>`],
      storage: StorageType.File,
      duplicate_window: nanos(DUPLICATE_WINDOW_MS),
    });
    return { ...names, prefix: opts.prefix, connection, jetstream: connection.jetstream(), manager, close: () => connection.drain() };
  } catch (err) {
    await connection.close();
    throw err;
  }
}

/**
 * The relay's broker sink: publishes the batch in order with Nats-Msg-Id = event_id and resolves
 * once JetStream has acknowledged every message (stored, or dropped as a duplicate), so the relay
 * marks rows published only when the broker holds them.
 */
export function jetStreamSink(events: EventStream): EventSink {
  return async (batch) => {
    const bad = batch.find((event) => !SUBJECT_TOKEN.test(event.aggregate_type));
    if (bad) throw new Error(`aggregate_type is not a NATS subject token: ${bad.aggregate_type}`);
    // Started in order on one connection, so the stream stores them in this order.
    const acks = batch.map((event) => {
      const wire: WireEvent = { ...event, occurred_at: event.occurred_at.toISOString() };
      return events.jetstream.publish(`${events.subjectPrefix}.${event.aggregate_type}`, eventCodec.encode(wire), {
        msgID: event.event_id,
      });
    });
    await Promise.all(acks);
  };
}
