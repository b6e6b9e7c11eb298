import { startRelay } from '@agora/analytics';
import type { AppContext } from './context';

/** Background jobs of the `worker` role: for now the outbox relay into ClickHouse. */
export function startWorker(ctx: AppContext) {
  return startRelay(ctx.db, ctx.analytics, {
    intervalMs: ctx.config.RELAY_INTERVAL_MS,
    batchSize: ctx.config.RELAY_BATCH_SIZE,
    logger: ctx.logger.child({ module: 'relay' }),
  });
}
