import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';

/** The user's own account row for their data export: everything but the password hash. */
export function exportAccount(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'roles', 'locale', 'created_at', 'email_verified_at', 'identity_verified_at', 'suspended_at', 'payouts_frozen', 'payout_schedule'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

/** The user's sessions for their data export; never the token hashes. */
export function exportSessions(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'revoked_at', 'user_agent', 'network'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
