import pg from 'pg';
import type { AppContext } from '../../../context';
import { runNotificationDeliveries } from './notification-delivery.service';
import { DELIVERY_CHANNEL } from './notifications.repository';

/**
 * The worker's delivery loop: runs due deliveries, then sleeps until a commit announces a new one
 * (LISTEN on a connection of its own) or NOTIFICATION_POLL_MS passes — the poll catches deliveries
 * that fall due later (quiet hours, digests, backoff) and any wake-up missed while the listener was
 * down (it is reopened on the next turn). Returns a stop function.
 */
export function listenForDeliveries(ctx: AppContext, databaseUrl: string): () => Promise<void> {
  let stopped = false;
  let woken = false;
  let wake: (() => void) | undefined;
  let client: pg.Client | undefined;
  const poke = () => {
    woken = true;
    wake?.();
  };

  const listen = async () => {
    if (client || stopped) return;
    const c = new pg.Client({ connectionString: databaseUrl, application_name: 'agora-notifications' });
    c.on('notification', poke);
    c.on('error', (err) => {
      ctx.logger.warn({ err: err.message }, 'notification listener lost');
      if (client === c) client = undefined;
      void c.end().catch(() => undefined);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${DELIVERY_CHANNEL}`);
      client = c;
    } catch (err) {
      ctx.logger.warn({ err: (err as Error).message }, 'notification listener not started');
      void c.end().catch(() => undefined);
    }
  };

  const loop = (async () => {
    while (!stopped) {
      await listen();
      woken = false;
      try {
        await runNotificationDeliveries(ctx);
      } catch (err) {
        ctx.logger.error({ err, job: 'notification-deliveries' }, 'worker job failed');
      }
      if (stopped || woken) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ctx.config.NOTIFICATION_POLL_MS);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  })();

  return async () => {
    stopped = true;
    wake?.();
    await loop;
    await client?.end().catch(() => undefined);
  };
}
