import { type Kysely, sql, type Transaction } from 'kysely';
import { type EncryptedTable, type Keyring, openRecord, sealRecord } from '../../../adapters/keyring';
import type { DB } from '../../../db/schema';
import { BUS_CHANNEL } from './bus-message';

const TABLE = 'realtime_events';
export const REALTIME_EVENTS_TABLE: EncryptedTable = { table: TABLE, idColumn: 'id' };

/** What a user's apps are told: a dotted type (`message.created`) and its data, as the API would return it. */
export interface RealtimeEvent {
  type: string;
  data: Record<string, unknown>;
}

/** One event of a user's stream as delivered: its cursor is the user's sequence number. */
export interface StreamEvent extends RealtimeEvent {
  cursor: number;
  at: string;
}

/**
 * Appends `event` to each user's stream in the caller's transaction and announces it; it is delivered
 * only if the change commits (NOTIFY is transactional). Heads are incremented in user-id order so two
 * publishers to the same users cannot deadlock; publish once per transaction where you can.
 */
export async function publishToUsers(trx: Transaction<DB>, keyring: Keyring, userIds: readonly string[], event: RealtimeEvent, now: Date): Promise<void> {
  const users = [...new Set(userIds)].sort();
  if (users.length === 0) return;
  const heads = await sql<{ user_id: string; seq: string }>`
    INSERT INTO realtime_heads (user_id, seq) SELECT u, 1 FROM unnest(${users}::uuid[]) AS u ORDER BY u
    ON CONFLICT (user_id) DO UPDATE SET seq = realtime_heads.seq + 1
    RETURNING user_id, seq`.execute(trx);
  const plaintext = Buffer.from(JSON.stringify(event.data));
  const rows = heads.rows.map((h) => {
    const id = crypto.randomUUID();
    const { dataKey, ciphertexts } = sealRecord(keyring, { table: TABLE, id }, { data: plaintext });
    return { id, user_id: h.user_id, seq: h.seq, type: event.type, key_id: dataKey.keyId, wrapped_key: dataKey.wrapped, data: ciphertexts.data, created_at: now };
  });
  await trx.insertInto('realtime_events').values(rows).execute();
  await sql`SELECT pg_notify(${BUS_CHANNEL}, ${JSON.stringify({ k: 'u', u: users })})`.execute(trx);
}

/** The user's events after `cursor`, oldest first, at most `limit`. */
export async function eventsAfter(db: Kysely<DB>, keyring: Keyring, userId: string, cursor: number, limit: number): Promise<StreamEvent[]> {
  const rows = await db
    .selectFrom('realtime_events')
    .select(['id', 'seq', 'type', 'key_id', 'wrapped_key', 'data', 'created_at'])
    .where('user_id', '=', userId)
    .where('seq', '>', String(cursor))
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map((r) => {
    const { data } = openRecord(keyring, { table: TABLE, id: r.id }, { keyId: r.key_id, wrapped: r.wrapped_key }, { data: r.data });
    return { cursor: Number(r.seq), type: r.type, data: JSON.parse(data.toString()) as Record<string, unknown>, at: r.created_at.toISOString() };
  });
}

/** The user's last sequence number (0 before their first event) and the oldest one still kept. */
export async function streamBounds(db: Kysely<DB>, userId: string): Promise<{ head: number; oldest: number | null }> {
  const row = await db
    .selectFrom('realtime_heads')
    .select([
      'seq',
      (eb) =>
        eb
          .selectFrom('realtime_events')
          .select((e) => e.fn.min('seq').as('m'))
          .where('realtime_events.user_id', '=', userId)
          .as('oldest'),
    ])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return { head: row ? Number(row.seq) : 0, oldest: row?.oldest == null ? null : Number(row.oldest) };
}

/** Drops events older than `before`, a batch at a time; returns how many. The heads stay, so numbering never restarts. */
export async function pruneRealtimeEvents(db: Kysely<DB>, before: Date, batch = 5000): Promise<number> {
  let total = 0;
  for (;;) {
    const res = await sql`DELETE FROM realtime_events WHERE id IN (SELECT id FROM realtime_events WHERE created_at < ${before} LIMIT ${batch})`.execute(db);
    const n = Number(res.numAffectedRows ?? 0);
    total += n;
    if (n < batch) return total;
  }
}

/** A deleted user's stream: nobody reads it any more. */
export async function deleteRealtimeEventsOf(trx: Transaction<DB>, userId: string): Promise<void> {
  await trx.deleteFrom('realtime_events').where('user_id', '=', userId).execute();
}
