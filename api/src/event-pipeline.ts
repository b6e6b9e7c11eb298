import { clickHouseSink, jetStreamSink, openEventStream, startEventConsumer, startRelay } from '@agora/analytics';
import type { AppContext } from './context';

/**
 * The event path of the worker role. RELAY_SINK=clickhouse: the relay inserts outbox batches into
 * ClickHouse. RELAY_SINK=nats: the relay publishes them to JetStream and this worker also runs
 * the stream's consumer, which inserts them into ClickHouse; relays and consumers then scale and
 * fail independently, and the stream absorbs a ClickHouse outage instead of the outbox.
 */
export async function startEventPipeline(ctx: AppContext): Promise<{ stop(): Promise<void> }> {
  const { config } = ctx;
  const toClickHouse = clickHouseSink(ctx.analytics);
  const broker = config.RELAY_SINK === 'nats' ? await openEventStream({ url: config.NATS_URL, prefix: config.NATS_STREAM_PREFIX }) : null;
  const consumer = broker ? await startEventConsumer(broker, toClickHouse, { batchSize: config.RELAY_BATCH_SIZE, logger: ctx.logger }) : null;
  const relay = startRelay(ctx.db, broker ? jetStreamSink(broker) : toClickHouse, {
    intervalMs: config.RELAY_INTERVAL_MS,
    batchSize: config.RELAY_BATCH_SIZE,
    maxWaitMs: config.RELAY_MAX_WAIT_MS,
    lanes: config.RELAY_LANES,
    logger: ctx.logger.child({ module: 'relay' }),
  });
  return {
    async stop() {
      await relay.stop();
      await consumer?.stop();
      await broker?.close();
    },
  };
}
