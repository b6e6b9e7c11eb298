import { connect, JSONCodec, type JetStreamClient, type JetStreamManager, type NatsConnection, nanos, StorageType } from 'nats';
import type { AnalyticsEvent } from './events';
import type { EventSink } from './relay';

/** Where events go on the broker: one stream, one subject per aggregate type under the prefix. */
export interface EventStreamOptions {
  url: string;
  /** Stream name (default AGORA_EVENTS). */
  stream?: string;
  /** Subject prefix (default agora.events): events go to `<prefix>.<aggregate_type>`. */
  subjectPrefix?: string;
}

export interface EventStream {
  connection: NatsConnection;
  jetstream: JetStreamClient;
  manager: JetStreamManager;
  stream: string;
  subjectPrefix: string;
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
  const stream = opts.stream ?? 'AGORA_EVENTS';
  const subjectPrefix = opts.subjectPrefix ?? 'agora.events';
  const connection = await connect({ servers: opts.url, name: 'agora-relay' });
  try {
    const manager = await connection.jetstreamManager();
    await manager.streams.add({
      name: stream,
      subjects: [`${subjectPrefix}.>`],
      storage: StorageType.File,
      duplicate_window: nanos(DUPLICATE_WINDOW_MS),
    });
    return { connection, jetstream: connection.jetstream(), manager, stream, subjectPrefix, close: () => connection.drain() };
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
