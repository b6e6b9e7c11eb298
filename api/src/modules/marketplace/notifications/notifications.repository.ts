import { type Kysely, sql, type Transaction } from 'kysely';
import { type Cursor, afterCursor } from '../../../db/keyset';
import type { DB, Locale, NotificationChannel } from '../../../db/schema';
import { type Preferences, findPreferences } from './notification-preferences';
import { notificationPath, renderNotification } from './notification-render';
import type { NotificationType } from './notification-types';
import { isSecurityType } from './notification-types';
import { afterQuietHours, nextDigestAt } from './quiet-hours';

/** The worker LISTENs here: a new pending delivery wakes it at commit. */
export const DELIVERY_CHANNEL = 'agora_notification_deliveries';

/** The daily digest goes at this local hour (or when quiet hours end, if later). */
const DIGEST_HOUR = 8;

/**
 * Tells a user something happened, in the caller's transaction: the inbox row and one delivery per
 * channel their preferences enable exist only if the change commits, and the worker is woken then.
 * Push and immediate mail wait out quiet hours (security events excepted); digest mail waits for the
 * user's local morning.
 */
export async function notify(trx: Transaction<DB>, userId: string, type: NotificationType, data: Record<string, unknown>, now: Date): Promise<void> {
  const { id } = await trx
    .insertInto('notifications')
    .values({ user_id: userId, type, data: JSON.stringify(data), created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const prefs = await findPreferences(trx, userId);
  const deliveries = await plannedDeliveries(trx, userId, type, prefs, now);
  if (deliveries.length === 0) return;
  await trx
    .insertInto('notification_deliveries')
    .values(deliveries.map((d) => ({ notification_id: id, user_id: userId, channel: d.channel, digest: d.digest, next_attempt_at: d.at, created_at: now })))
    .onConflict((oc) => oc.columns(['notification_id', 'channel']).doNothing())
    .execute();
  await sql`SELECT pg_notify(${DELIVERY_CHANNEL}, '')`.execute(trx);
}

async function plannedDeliveries(trx: Transaction<DB>, userId: string, type: NotificationType, prefs: Preferences, now: Date) {
  const pref = prefs.channels[type];
  const urgent = isSecurityType(type);
  const held = urgent ? now : afterQuietHours(now, prefs.quietHours, prefs.timeZone);
  const out: { channel: NotificationChannel; digest: boolean; at: Date }[] = [];
  if (pref.realtime) out.push({ channel: 'realtime', digest: false, at: now });
  // Security events are mailed by their own alert (to the old address when it changed, with the device): not twice.
  if (pref.email === 'immediate' && !urgent) out.push({ channel: 'email', digest: false, at: held });
  if (pref.email === 'daily') out.push({ channel: 'email', digest: true, at: nextDigestAt(now, DIGEST_HOUR, prefs.quietHours, prefs.timeZone) });
  if (pref.push) {
    const subscribed = await trx.selectFrom('push_subscriptions').select('id').where('user_id', '=', userId).limit(1).executeTakeFirst();
    if (subscribed) out.push({ channel: 'push', digest: false, at: held });
  }
  return out;
}

export type NotificationRow = { id: string; type: string; data: Record<string, unknown>; created_at: Date; read_at: Date | null };

export function listNotifications(db: Kysely<DB>, userId: string, opts: { limit: number; cursor?: Cursor; unread?: boolean }) {
  let q = db.selectFrom('notifications').select(['id', 'type', 'data', 'created_at', 'read_at']).where('user_id', '=', userId);
  if (opts.unread) q = q.where('read_at', 'is', null);
  if (opts.cursor) q = q.where(afterCursor('created_at', 'id', opts.cursor));
  return q
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(opts.limit + 1)
    .execute();
}

export function findNotification(db: Kysely<DB> | Transaction<DB>, id: string) {
  return db.selectFrom('notifications').select(['id', 'user_id', 'type', 'data', 'created_at', 'read_at']).where('id', '=', id).executeTakeFirst();
}

/** The notification as GET /v1/me/notifications returns it, in the reader's language and time zone. */
export function toNotificationResponse(n: NotificationRow, reader: { locale: Locale; timeZone: string }) {
  const text = renderNotification(n.type as NotificationType, n.data, reader.locale, reader.timeZone);
  return { id: n.id, type: n.type, data: n.data, ...text, url: notificationPath(n.data), created_at: n.created_at.toISOString(), read_at: n.read_at?.toISOString() ?? null };
}

/** Marks the given (or all) unread notifications of the user read; returns how many changed. Others' ids are ignored. */
export async function markRead(db: Kysely<DB>, userId: string, ids: readonly string[] | 'all', now: Date): Promise<number> {
  let q = db.updateTable('notifications').set({ read_at: now }).where('user_id', '=', userId).where('read_at', 'is', null);
  if (ids !== 'all') q = q.where('id', 'in', ids);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function unreadCount(db: Kysely<DB>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every notification of the user, oldest first (their data export). */
export async function exportNotificationsOf(db: Kysely<DB>, userId: string) {
  const rows = await db
    .selectFrom('notifications')
    .select(['id', 'type', 'data', 'created_at', 'read_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((n) => ({ id: n.id, type: n.type, data: n.data, created_at: n.created_at.toISOString(), read_at: n.read_at?.toISOString() ?? null }));
}

/** A deleted user's notifications and their deliveries: nobody else reads them. */
export async function deleteNotificationsOf(trx: Transaction<DB>, userId: string): Promise<void> {
  await trx.deleteFrom('notification_deliveries').where('user_id', '=', userId).execute();
  await trx.deleteFrom('notifications').where('user_id', '=', userId).execute();
}
