import type { AppContext } from '../../../context';
import { PushFailed, sendPush, vapidKeys } from '../../../adapters/web-push';
import type { Locale, NotificationChannel } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { deliverMail } from '../../platform/mail';
import { publishToUsers } from '../../platform/realtime';
import { type ClaimedDelivery, claimDueDelivery, claimDueDigestMates, finishDeliveries, retryDeliveries } from './notification-deliveries.repository';
import { findRecipient } from './notification-recipient.read-model';
import { findPreferences } from './notification-preferences';
import { translator } from './notification-render';
import { isReminderType, isSecurityType } from './notification-types';
import { toNotificationResponse } from './notifications.repository';
import { deletePushSubscription, pushSubscriptionsOf } from './push-subscriptions.repository';

/** Failed attempts in this process, retried ones included (a Prometheus counter is per process). */
export const deliveryFailures: Record<NotificationChannel, number> = { realtime: 0, email: 0, push: 0 };

const MAX_BACKOFF_MS = 3_600_000;

/** Exponential backoff with full jitter over the upper half: attempt n waits base·2^(n-1), between half and all of it. */
export function backoffMs(base: number, attempt: number, random = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, base * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Delivers due notifications until none is left (or `limit`); returns how many deliveries were attempted. */
export async function runNotificationDeliveries(ctx: AppContext, limit = 500): Promise<number> {
  let attempted = 0;
  while (attempted < limit) {
    if (!(await deliverOne(ctx))) break;
    attempted += 1;
  }
  return attempted;
}

/** One due delivery (with its digest mates), in a transaction that holds the claim while the channel sends: at least once. */
async function deliverOne(ctx: AppContext): Promise<boolean> {
  return inTransaction(
    ctx.db,
    async (trx) => {
      const now = ctx.clock.now();
      const delivery = await claimDueDelivery(trx, now);
      if (!delivery) return false;
      const batch = delivery.digest ? [delivery, ...(await claimDueDigestMates(trx, delivery.user_id, delivery.id, now))] : [delivery];
      const ids = batch.map((d) => d.id);
      const recipient = await findRecipient(trx, delivery.user_id);
      if (!recipient || recipient.deleted_at) {
        await finishDeliveries(trx, ids, 'skipped', now);
        return true;
      }
      const prefs = await findPreferences(trx, delivery.user_id);
      const reader = { locale: recipient.locale, timeZone: prefs.timeZone };
      try {
        let outcome: 'sent' | 'skipped' = 'sent';
        if (delivery.channel === 'realtime') {
          await publishToUsers(trx, ctx.keyring, [delivery.user_id], { type: 'notification.created', data: toNotificationResponse(asNotification(delivery), reader) }, now);
        } else if (delivery.channel === 'email') {
          await deliverMail(ctx, recipient.email, delivery.digest ? digestMail(ctx, batch, reader) : singleMail(ctx, delivery, reader));
        } else {
          outcome = await push(ctx, delivery, reader);
        }
        await finishDeliveries(trx, ids, outcome, now);
      } catch (err) {
        deliveryFailures[delivery.channel] += ids.length;
        const code = errorCode(err);
        ctx.logger.warn({ delivery: delivery.id, channel: delivery.channel, attempt: delivery.attempts + 1, code }, 'notification delivery failed');
        if (delivery.attempts + 1 >= ctx.config.NOTIFICATION_MAX_ATTEMPTS) await finishDeliveries(trx, ids, 'failed', now, code);
        else await retryDeliveries(trx, ids, code, new Date(now.getTime() + backoffMs(ctx.config.NOTIFICATION_RETRY_BASE_MS, delivery.attempts + 1)));
      }
      return true;
    },
    // The mail or push may have gone out: never run the callback twice for one claim.
    { retry: false },
  );
}

/** A short code, never the message: an SMTP reply or a push service's answer may quote the address. */
function errorCode(err: unknown): string {
  if (err instanceof PushFailed) return err.code;
  const e = err as { code?: unknown; responseCode?: unknown };
  if (typeof e.responseCode === 'number') return `smtp_${e.responseCode}`;
  return typeof e.code === 'string' ? e.code.slice(0, 40) : 'error';
}

type Reader = { locale: Locale; timeZone: string };

const asNotification = (d: ClaimedDelivery) => ({ id: d.notification_id, type: d.type, data: d.data, created_at: d.created_at, read_at: d.read_at });

const appUrl = (ctx: AppContext, path: string) => `${ctx.config.APP_URL.replace(/\/$/, '')}${path}`;

function singleMail(ctx: AppContext, d: ClaimedDelivery, reader: Reader) {
  const n = toNotificationResponse(asNotification(d), reader);
  const t = translator(reader.locale);
  return { subject: n.title, paragraphs: [n.body], action: { label: t('mail.open'), url: appUrl(ctx, n.url) }, footer: t('mail.footer') };
}

function digestMail(ctx: AppContext, batch: ClaimedDelivery[], reader: Reader) {
  const t = translator(reader.locale);
  const items = batch.map((d) => toNotificationResponse(asNotification(d), reader));
  return {
    subject: t('digest.subject', { count: items.length }),
    paragraphs: [t('digest.intro'), ...items.map((n) => `${n.title}: ${n.body}`)],
    action: { label: t('mail.open'), url: appUrl(ctx, '/notifications') },
    footer: t('mail.footer'),
  };
}

/** To every subscription of the user; one the push service no longer knows (404/410) is deleted. Any other failure retries the delivery. */
async function push(ctx: AppContext, d: ClaimedDelivery, reader: Reader): Promise<'sent' | 'skipped'> {
  const n = toNotificationResponse(asNotification(d), reader);
  const targets = await pushSubscriptionsOf(ctx.db, ctx.keyring, d.user_id);
  if (targets.length === 0) return 'skipped';
  const urgent = isSecurityType(d.type) || isReminderType(d.type);
  const message = {
    payload: { type: n.type, title: n.title, body: n.body, url: n.url },
    ttlSeconds: ctx.config.PUSH_TTL_SECONDS,
    urgency: urgent ? ('high' as const) : ('normal' as const),
  };
  let delivered = 0;
  let failure: unknown;
  for (const target of targets) {
    try {
      if ((await sendPush(vapidKeys(ctx.config), target, message)) === 'gone') await deletePushSubscription(ctx.db, d.user_id, target.id);
      else delivered += 1;
    } catch (err) {
      failure = err;
    }
  }
  if (failure) throw failure;
  return delivered > 0 ? 'sent' : 'skipped';
}
