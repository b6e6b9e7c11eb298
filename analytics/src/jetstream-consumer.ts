import { AckPolicy, DeliverPolicy, type JsMsg, nanos } from 'nats';
import type { Logger } from 'pino';
import type { AnalyticsEvent } from './events';
import { eventCodec, type EventStream } from './jetstream';
import { type EventSink, loggableError } from './relay';
import { relayCounters } from './relay-metrics';

export interface EventConsumerOptions {
  /** Durable consumer name (default agora-clickhouse); instances sharing it share the work. */
  durable?: string;
  /** Most events per sink call; also the consumer's max_ack_pending (see below). */
  batchSize: number;
  /** How long a fetch waits to fill a batch; JetStream's minimum is 1000. */
  maxWaitMs?: number;
  /** Unacknowledged messages are redelivered after this long (a crashed consumer's batch). */
  ackWaitMs?: number;
  logger: Logger;
}

export interface EventConsumerHandle {
  /** Ends the loop after the in-flight fetch and batch. */
  stop(): Promise<void>;
}

const MAX_BACKOFF_MS = 30_000;

function decode(message: JsMsg): AnalyticsEvent {
  const wire = eventCodec.decode(message.data);
  return { ...wire, occurred_at: new Date(wire.occurred_at) };
}

/**
 * Drains the event stream into `sink` (ClickHouse) in batches: fetch up to batchSize messages,
 * one sink call, then one ack (AckAll) for the batch. A failure naks the batch for redelivery with backoff; a
 * crash before the acks redelivers it after ackWaitMs; either way the events table dedupes on
 * event_id. max_ack_pending = batchSize means no newer message is handed out while a batch is
 * unacknowledged, by this instance or another: batches reach the sink in stream order, which
 * keeps each aggregate's order (the relay published it in order). More instances add failover,
 * not parallelism.
 */
export async function startEventConsumer(
  events: EventStream,
  sink: EventSink,
  opts: EventConsumerOptions,
): Promise<EventConsumerHandle> {
  const log = opts.logger.child({ module: 'analytics-consumer' });
  const durable = opts.durable ?? 'agora-clickhouse';
  await events.manager.consumers.add(events.stream, {
    durable_name: durable,
    // One ack per batch: acking a batch's last message acknowledges everything before it.
    ack_policy: AckPolicy.All,
    deliver_policy: DeliverPolicy.All,
    max_ack_pending: opts.batchSize,
    ack_wait: nanos(opts.ackWaitMs ?? 30_000),
  });
  const consumer = await events.jetstream.consumers.get(events.stream, durable);

  let stopping = false;
  const loop = (async () => {
    let failures = 0;
    while (!stopping && !events.connection.isClosed()) {
      const messages: JsMsg[] = [];
      try {
        const fetched = await consumer.fetch({ max_messages: opts.batchSize, expires: Math.max(opts.maxWaitMs ?? 1000, 1000) });
        for await (const message of fetched) messages.push(message);
        if (messages.length === 0) continue;
        await sink(messages.map(decode));
        messages.at(-1)!.ack();
        relayCounters.consumed += messages.length;
        failures = 0;
      } catch (err) {
        if (events.connection.isClosed()) break;
        failures += 1;
        relayCounters.consumerFailures += 1;
        const retryInMs = Math.min(MAX_BACKOFF_MS, 100 * 2 ** (failures - 1));
        log.error({ error: loggableError(err), failures, retryInMs }, 'event consumer batch failed');
        for (const message of messages) message.nak(retryInMs);
        await new Promise((resolve) => setTimeout(resolve, retryInMs));
      }
    }
  })();

  return {
    async stop() {
      stopping = true;
      await loop;
    },
  };
}
