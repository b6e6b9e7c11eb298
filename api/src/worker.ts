import { startRelay } from '@agora/analytics';
import type { AppContext } from './context';
import { startAuditCheckpoints } from './modules/audit';

/** Background jobs of the `worker` role: the outbox relay into ClickHouse and audit checkpoints. */
export function startWorker(ctx: AppContext) {
  // First: it loads the signing key, and a bad key should fail the start before anything runs.
  const checkpoints = startAuditCheckpoints(ctx, ctx.config.AUDIT_CHECKPOINT_INTERVAL_MS);
  const relay = startRelay(ctx.db, ctx.analytics, {
    intervalMs: ctx.config.RELAY_INTERVAL_MS,
    batchSize: ctx.config.RELAY_BATCH_SIZE,
    logger: ctx.logger.child({ module: 'relay' }),
  });
  return {
    ...relay,
    async stop() {
      await checkpoints.stop();
      await relay.stop();
    },
  };
}
