import type { AppContext } from './context';
import { startEventPipeline } from './event-pipeline';
import { runDueJobs } from './jobs';
import { sealAuditBacklog, startAuditCheckpoints } from './modules/platform/audit';
import { recoverPayments } from './modules/money/checkout';
import { PAYOUT_OUTCOMES, runScheduledPayouts } from './modules/money/payouts';
import { runProviderOperations } from './modules/money/payments';
import { runStreamScoring } from './modules/risk/stream-scoring';
import { runModelMonitoring } from './modules/risk/model-monitoring';
import { runDataExports } from './modules/marketplace/account-data';
import { refreshSellerRatings } from './modules/marketplace/reviews';
import { runListingAlerts } from './modules/marketplace/alerts';
import { runSavedSearchDigests } from './modules/marketplace/saved-searches';
import { pruneRealtimeEvents } from './modules/platform/realtime';
import { runAuctionJobs } from './modules/marketplace/auctions';
import { sealLegacyMessages } from './modules/marketplace/conversations';
import { listenForDeliveries } from './modules/marketplace/notifications';
import { expireDueOffers } from './modules/marketplace/offers';

/** A job the worker repeats: never overlapping itself, errors logged, stopped cleanly. */
function every(ctx: AppContext, name: string, intervalMs: number, job: () => Promise<unknown>) {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    if (stopped) return;
    running = job()
      .catch((err) => ctx.logger.error({ err, job: name }, 'worker job failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  let timer = setTimeout(tick, 0);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}

/** Background jobs of the `worker` role: outbox relay, audit sealing and checkpoints, order timers, provider retries, payment recovery, payouts, fraud model monitoring, stream scoring, data exports, sellers' search ratings, listing alerts, offer expiry, saved-search digests, ending auctions, sealing legacy messages, the real-time streams' retention and notification delivery (woken by LISTEN on `databaseUrl`). */
export async function startWorker(ctx: AppContext, databaseUrl: string) {
  const relay = await startEventPipeline(ctx);
  const checkpoints = startAuditCheckpoints(ctx, ctx.config.AUDIT_CHECKPOINT_INTERVAL_MS);
  const stops = [
    every(ctx, 'audit-seal', ctx.config.AUDIT_SEAL_INTERVAL_MS, () => sealAuditBacklog(ctx.db)),
    // Messages copied from order threads by a migration are sealed on the first run; later runs find none.
    every(ctx, 'legacy-messages', 3_600_000, () => sealLegacyMessages(ctx)),
    every(ctx, 'scheduler', ctx.config.SCHEDULER_INTERVAL_MS, () => runDueJobs(ctx)),
    every(ctx, 'provider-operations', ctx.config.SCHEDULER_INTERVAL_MS, () => runProviderOperations(ctx, PAYOUT_OUTCOMES)),
    every(ctx, 'payment-recovery', 30_000, () => recoverPayments(ctx)),
    every(ctx, 'scheduled-payouts', 3_600_000, () => runScheduledPayouts(ctx)),
    every(ctx, 'model-monitoring', ctx.config.MODEL_MONITORING_INTERVAL_MS, () => runModelMonitoring(ctx)),
    every(ctx, 'stream-scoring', ctx.config.STREAM_SCORING_INTERVAL_MS, () => runStreamScoring(ctx)),
    every(ctx, 'data-exports', ctx.config.SCHEDULER_INTERVAL_MS, () => runDataExports(ctx)),
    every(ctx, 'seller-ratings', ctx.config.SELLER_RATINGS_REFRESH_MS, () => refreshSellerRatings(ctx.db, ctx.clock.now())),
    every(ctx, 'listing-alerts', ctx.config.SCHEDULER_INTERVAL_MS, () => runListingAlerts(ctx)),
    every(ctx, 'offer-expiry', ctx.config.SCHEDULER_INTERVAL_MS, () => expireDueOffers(ctx)),
    every(ctx, 'saved-search-digests', ctx.config.SCHEDULER_INTERVAL_MS, () => runSavedSearchDigests(ctx)),
    every(ctx, 'auctions', ctx.config.SCHEDULER_INTERVAL_MS, () => runAuctionJobs(ctx)),
    every(ctx, 'realtime-prune', 3_600_000, () => pruneRealtimeEvents(ctx.db, new Date(ctx.clock.now().getTime() - ctx.config.REALTIME_RETENTION_DAYS * 86_400_000))),
    listenForDeliveries(ctx, databaseUrl),
    () => checkpoints.stop(),
  ];
  return {
    async stop() {
      await Promise.all(stops.map((stop) => stop()));
      await relay.stop();
    },
  };
}
