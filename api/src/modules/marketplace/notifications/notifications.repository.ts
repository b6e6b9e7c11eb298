import type { Kysely, Transaction } from 'kysely';
import { type Cursor, afterCursor } from '../../../db/keyset';
import type { DB } from '../../../db/schema';

/** Tells a user something happened, in the caller's transaction: it exists only if the change commits. */
export async function notify(trx: Transaction<DB>, userId: string, type: string, data: Record<string, unknown>, now: Date): Promise<void> {
  await trx
    .insertInto('notifications')
    .values({ user_id: userId, type, data: JSON.stringify(data), created_at: now })
    .execute();
}

export function listNotifications(db: Kysely<DB>, userId: string, limit: number, cursor?: Cursor) {
  let q = db.selectFrom('notifications').selectAll().where('user_id', '=', userId);
  if (cursor) q = q.where(afterCursor('created_at', 'id', cursor));
  return q
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
}

export function toNotificationResponse(n: { id: string; type: string; data: Record<string, unknown>; created_at: Date }) {
  return { id: n.id, type: n.type, data: n.data, created_at: n.created_at.toISOString() };
}

/** Every notification of the user, oldest first (their data export). */
export async function exportNotificationsOf(db: Kysely<DB>, userId: string) {
  const rows = await db.selectFrom('notifications').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
  return rows.map(toNotificationResponse);
}

/** A deleted user's notifications: nobody else reads them. */
export async function deleteNotificationsOf(trx: Transaction<DB>, userId: string): Promise<void> {
  await trx.deleteFrom('notifications').where('user_id', '=', userId).execute();
}
