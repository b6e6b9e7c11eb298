import type { Kysely } from 'kysely';
import type { AuthUser } from '../../../auth-user';
import type { DB } from '../../../db/schema';
import { isLiveSession } from './live-session';

const TOUCH_MS = 60_000;

/**
 * The user behind a live session (see live-session.ts) of an unsuspended user, and until when that
 * holds; undefined otherwise. Using a session records when it was last seen (the session list shows
 * it; for a session with an idle limit it moves the limit forward), written at most once a minute.
 */
export async function resolveSession(db: Kysely<DB>, tokenHash: Buffer, now: Date): Promise<{ user: AuthUser; validUntil: Date } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'users.id',
      'users.email',
      'users.display_name',
      'users.roles',
      'users.created_at',
      'users.email_verified_at',
      'users.locale',
      'sessions.expires_at',
      'sessions.idle_seconds',
      'sessions.last_seen_at',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where(isLiveSession(now))
    // Suspension revokes sessions; this also covers a login that raced the suspension.
    .where('users.suspended_at', 'is', null)
    // Deletion revokes sessions too; this covers a request that raced it.
    .where('users.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const { expires_at: expiresAt, idle_seconds: idleSeconds, last_seen_at: lastSeenAt, ...user } = row;
  const stale = now.getTime() - lastSeenAt.getTime() >= TOUCH_MS;
  if (stale) await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
  if (idleSeconds === null) return { user, validUntil: expiresAt };
  const seenAt = stale ? now : lastSeenAt;
  return { user, validUntil: new Date(Math.min(expiresAt.getTime(), seenAt.getTime() + idleSeconds * 1000)) };
}
