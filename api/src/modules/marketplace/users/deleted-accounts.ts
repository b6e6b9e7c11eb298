import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB, Locale } from '../../../db/schema';
import { unusablePasswordHash } from './unusable-password';
import { revokeSessionsOf } from './users.repository';

/**
 * Pseudonymises a deleted account in place: the row stays because orders, ledger accounts and the
 * audit chain point at it, but it no longer names anyone, its address is free to register again and
 * it has no credentials (its pending mailed tokens go, its sessions are revoked). Returns where the
 * owner was reachable, for the goodbye alert.
 */
export async function pseudonymiseUser(trx: Transaction<DB>, userId: string, now: Date): Promise<{ email: string; locale: Locale }> {
  const before = await trx.selectFrom('users').select(['email', 'locale']).where('id', '=', userId).forUpdate().executeTakeFirstOrThrow();
  await trx
    .updateTable('users')
    .set({
      email: sql<string>`'deleted-' || id || '@deleted.invalid'`,
      display_name: 'Deleted user',
      password_hash: unusablePasswordHash(),
      email_verified_at: null,
      deleted_at: now,
    })
    .where('id', '=', userId)
    .execute();
  await trx.deleteFrom('account_tokens').where('user_id', '=', userId).execute();
  await revokeSessionsOf(trx, userId, now);
  return before;
}

/** Whether the id is a member others may look up: it exists and was not deleted. */
export async function isMember(db: Kysely<DB> | Transaction<DB>, id: string): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst()) !== undefined;
}
