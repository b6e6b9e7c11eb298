import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import { isLiveSession } from './live-session';

/** The user's sessions that still sign in, most recently used first. */
export function listLiveSessions(db: Kysely<DB>, userId: string, now: Date) {
  return db
    .selectFrom('sessions')
    .select(['id', 'token_hash', 'user_agent', 'network', 'created_at', 'last_seen_at', 'idle_seconds'])
    .where('user_id', '=', userId)
    .where(isLiveSession(now))
    .orderBy('last_seen_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Revokes one of the user's live sessions: its token hash (to drop it from the cache), or undefined if it is not theirs or not live. */
export async function revokeSessionOf(db: Kysely<DB>, userId: string, sessionId: string, now: Date): Promise<Buffer | undefined> {
  const row = await db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('id', '=', sessionId)
    .where('user_id', '=', userId)
    .where(isLiveSession(now))
    .returning('token_hash')
    .executeTakeFirst();
  return row?.token_hash;
}

/** Every session of the user but the one holding `keep`. */
export async function revokeOtherSessions(trx: Transaction<DB>, userId: string, keep: Buffer, now: Date): Promise<void> {
  await trx.updateTable('sessions').set({ revoked_at: now }).where('user_id', '=', userId).where('token_hash', '!=', keep).where('revoked_at', 'is', null).execute();
}
