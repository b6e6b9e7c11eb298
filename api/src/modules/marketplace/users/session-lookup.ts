import { type Kysely, sql } from 'kysely';
import type { AuthUser } from '../../../auth-user';
import type { DB } from '../../../db/schema';

const IDLE_TOUCH_MS = 60_000;

/**
 * The user behind an unexpired, unrevoked, not idle session of an unsuspended user, and until when
 * that holds; undefined otherwise. Using a session with an idle limit moves the limit forward,
 * written at most once a minute per session.
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
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', now)
    .where((eb) => eb.or([eb('sessions.idle_seconds', 'is', null), eb(sql<Date>`sessions.last_seen_at + sessions.idle_seconds * interval '1 second'`, '>', now)]))
    // Suspension revokes sessions; this also covers a login that raced the suspension.
    .where('users.suspended_at', 'is', null)
    // Deletion revokes sessions too; this covers a request that raced it.
    .where('users.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const { expires_at: expiresAt, idle_seconds: idleSeconds, last_seen_at: lastSeenAt, ...user } = row;
  if (idleSeconds === null) return { user, validUntil: expiresAt };
  const seenAt = now.getTime() - lastSeenAt.getTime() >= IDLE_TOUCH_MS ? now : lastSeenAt;
  if (seenAt === now) await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
  return { user, validUntil: new Date(Math.min(expiresAt.getTime(), seenAt.getTime() + idleSeconds * 1000)) };
}
