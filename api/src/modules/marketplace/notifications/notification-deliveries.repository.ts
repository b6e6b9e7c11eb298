import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB, NotificationChannel } from '../../../db/schema';

export interface ClaimedDelivery {
  id: string;
  notification_id: string;
  user_id: string;
  channel: NotificationChannel;
  digest: boolean;
  attempts: number;
  type: string;
  data: Record<string, unknown>;
  created_at: Date;
  read_at: Date | null;
}

const claimColumns = ['d.id', 'd.notification_id', 'd.user_id', 'd.channel', 'd.digest', 'd.attempts', 'n.type', 'n.data', 'n.created_at', 'n.read_at'] as const;

/** Claims the earliest due pending delivery, skipping rows another worker holds (at least once: the claim ends with the transaction). */
export function claimDueDelivery(trx: Transaction<DB>, now: Date): Promise<ClaimedDelivery | undefined> {
  return trx
    .selectFrom('notification_deliveries as d')
    .innerJoin('notifications as n', 'n.id', 'd.notification_id')
    .select(claimColumns)
    .where('d.status', '=', 'pending')
    .where('d.next_attempt_at', '<=', now)
    .orderBy('d.next_attempt_at')
    .limit(1)
    .forUpdate('d')
    .skipLocked()
    .executeTakeFirst();
}

/** The user's other digest mails that are due, claimed with the first one: one mail carries them all. */
export function claimDueDigestMates(trx: Transaction<DB>, userId: string, exceptId: string, now: Date): Promise<ClaimedDelivery[]> {
  return trx
    .selectFrom('notification_deliveries as d')
    .innerJoin('notifications as n', 'n.id', 'd.notification_id')
    .select(claimColumns)
    .where('d.user_id', '=', userId)
    .where('d.channel', '=', 'email')
    .where('d.digest', '=', true)
    .where('d.status', '=', 'pending')
    .where('d.next_attempt_at', '<=', now)
    .where('d.id', '<>', exceptId)
    .orderBy('n.created_at')
    .forUpdate('d')
    .skipLocked()
    .execute();
}

export async function finishDeliveries(
  trx: Transaction<DB>,
  ids: readonly string[],
  status: 'sent' | 'skipped' | 'failed',
  now: Date,
  lastError: string | null = null,
): Promise<void> {
  await trx
    .updateTable('notification_deliveries')
    .set((eb) => ({ status, attempts: eb('attempts', '+', 1), finished_at: now, last_error: lastError }))
    .where('id', 'in', ids)
    .execute();
}

export async function retryDeliveries(trx: Transaction<DB>, ids: readonly string[], lastError: string, at: Date): Promise<void> {
  await trx
    .updateTable('notification_deliveries')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: lastError, next_attempt_at: at }))
    .where('id', 'in', ids)
    .execute();
}

/** Deliveries by channel and status, and how many wait, for /metrics (the same numbers from every process). */
export async function deliveryStats(db: Kysely<DB>, now: Date) {
  const byStatus = await db
    .selectFrom('notification_deliveries')
    .select(['channel', 'status', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy(['channel', 'status'])
    .execute();
  const due = await sql<{ channel: NotificationChannel; n: string }>`
    SELECT channel, count(*) AS n FROM notification_deliveries WHERE status = 'pending' AND next_attempt_at <= ${now} GROUP BY channel`.execute(db);
  return { byStatus: byStatus.map((r) => ({ channel: r.channel, status: r.status, count: Number(r.n) })), due: due.rows.map((r) => ({ channel: r.channel, count: Number(r.n) })) };
}
