import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import type { SecurityEventKind } from './security-event-kinds';

export interface SecurityEventRow {
  id: string;
  user_id: string;
  kind: SecurityEventKind;
  network: string | null;
  user_agent: string | null;
  created_at: Date;
}

const COLUMNS = ['id', 'user_id', 'kind', 'network', 'user_agent', 'created_at'] as const;

export async function insertSecurityEvent(
  trx: Transaction<DB>,
  event: { user_id: string; kind: SecurityEventKind; network: string | null; user_agent: string | null; details: Record<string, unknown>; created_at: Date },
): Promise<SecurityEventRow> {
  return (await trx.insertInto('security_events').values(event).returning(COLUMNS).executeTakeFirstOrThrow()) as SecurityEventRow;
}

/** Newest first. */
export async function listSecurityEvents(db: Kysely<DB>, userId: string, limit: number): Promise<SecurityEventRow[]> {
  return (await db
    .selectFrom('security_events')
    .select(COLUMNS)
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()) as SecurityEventRow[];
}

/** Every event of the user, oldest first, with its details (their data export). */
export async function exportSecurityEventsOf(db: Kysely<DB>, userId: string) {
  const rows = await db
    .selectFrom('security_events')
    .select(['id', 'kind', 'network', 'user_agent', 'details', 'created_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, created_at: r.created_at.toISOString() }));
}
