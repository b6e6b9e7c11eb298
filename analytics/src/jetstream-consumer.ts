import { AckPolicy, DeliverPolicy, type JsMsg, nanos } from 'nats';
import type { Logger } from 'pino';
import type { AnalyticsEvent } from './events';
import { eventCodec, type EventStream } from './jetstream';
import { type EventSink, loggableError } from './relay';
import { relayCounters } from './relay-metrics';

export interface EventConsumerOptions {
  /** Most events per sink call; also the consumer's max_ack_pending (see below). */
  batchSize: number;
  /** How long a batch waits to fill after its first message arrives (default 1000). */
  maxWaitMs?: number;
  /** Unacknowledged messages are redelivered after this long (a crashed consumer's batch). */
  ackWaitMs?: number;
  logger: Logger;
}

export interface EventConsumerHandle {
  /** Ends the loop after the batch in hand is written and acknowledged. */
  stop(): Promise<void>;
}

const MAX_BACKOFF_MS = 30_000;

function decode(message: JsMsg): AnalyticsEvent {
  const wire = eventCodec.decode(message.data);
  return { ...wire, occurred_at: new Date(wire.occurred_at) };
}

/**
 * Drains the event stream into `sink` (ClickHouse) in batches: up to batchSize messages or
 * whatever arrived within maxWaitMs of the batch's first one, one sink call, then the acks.
 * A failed sink call is retried in place with backoff (the messages' ack timers extended), so a
 * later batch never overtakes it; a crash before the acks redelivers the batch after ackWaitMs;
 * either way the events table dedupes on event_id. max_ack_pending = batchSize means no newer
 * message is handed out while a batch is unacknowledged, by this instance or another: batches
 * reach the sink in stream order, which keeps each aggregate's order (the relay published it in
 * order). More instances add failover, not parallelism. A continuous pull (consume) rather than
 * repeated fetches: a fetch that expires can drop messages already on the wire, which then come
 * back only after ackWaitMs, behind newer ones.
 */
export async function startEventConsumer(events: EventStream, sink: EventSink, opts: EventConsumerOptions): Promise<EventConsumerHandle> {
  const log = opts.logger.child({ module: 'analytics-consumer' });
  const maxWaitMs = opts.maxWaitMs ?? 1000;
  await events.manager.consumers.add(events.stream, {
    durable_name: events.consumer,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    max_ack_pending: opts.batchSize,
    ack_wait: nanos(opts.ackWaitMs ?? 30_000),
  });
  const consumer = await events.jetstream.consumers.get(events.stream, events.consumer);
  const incoming = await consumer.consume({ max_messages: opts.batchSize });
  const iterator = incoming[Symbol.asyncIterator]();
  // The pending next() survives a timeout, so no message is lost between batches.
  let pending: Promise<IteratorResult<JsMsg>> | null = null;
  const timeout = (ms: number) => new Promise<null>((resolve) => setTimeout(() => resolve(null), Math.max(ms, 0)));
  const nextWithin = async (ms: number): Promise<IteratorResult<JsMsg> | null> => {
    if (!pending) {
      pending = iterator.next();
      // Settles after this batch timed out, perhaps at shutdown: awaited by the next call, if any.
      pending.catch(() => undefined);
    }
    const result = await Promise.race([pending, timeout(ms)]);
    if (result) pending = null;
    return result;
  };

  let stopping = false;
  const writeWithRetry = async (messages: JsMsg[]) => {
    const batch = messages.map(decode);
    for (let failures = 1; ; failures += 1) {
      try {
        await sink(batch);
        return true;
      } catch (err) {
        relayCounters.consumerFailures += 1;
        const retryInMs = Math.min(MAX_BACKOFF_MS, 100 * 2 ** (failures - 1));
        log.error({ error: loggableError(err), failures, retryInMs }, 'event consumer batch failed');
        if (stopping || events.connection.isClosed()) return false;
        for (const message of messages) message.working();
        await timeout(retryInMs);
      }
    }
  };

  const loop = (async () => {
    let ended = false;
    while (!stopping && !ended) {
      const messages: JsMsg[] = [];
      let deadline = Number.POSITIVE_INFINITY;
      while (messages.length < opts.batchSize && !stopping) {
        // Idle: wake every maxWaitMs to notice stop(); filling: until the batch's deadline.
        let result: IteratorResult<JsMsg> | null;
        try {
          result = await nextWithin(messages.length === 0 ? maxWaitMs : deadline - Date.now());
        } catch (err) {
          // The subscription ended under us (connection closed): what we hold is redelivered.
          log.error({ error: loggableError(err) }, 'event consumer subscription failed');
          result = { done: true, value: undefined };
        }
        if (result === null) {
          if (messages.length > 0) break;
          continue;
        }
        if (result.done) {
          ended = true;
          break;
        }
        if (messages.length === 0) deadline = Date.now() + maxWaitMs;
        messages.push(result.value);
      }
      if (messages.length === 0 || !(await writeWithRetry(messages))) continue;
      // A closed connection cannot ack: the batch comes back after ackWaitMs and dedupes.
      if (events.connection.isClosed()) break;
      for (const message of messages) message.ack();
      relayCounters.consumed += messages.length;
    }
  })();

  return {
    async stop() {
      stopping = true;
      await loop;
      if (!events.connection.isClosed()) await incoming.close();
      // On a closed connection (a crash) the pull's heartbeat monitor would keep running and hold the process open.
      else incoming.stop();
    },
  };
}
