import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema';

/**
 * Who a delivery goes to: the address and language, read from the users table (a declared read model:
 * the users barrel depends on security events, which notify, so importing it here would close a cycle).
 */
export function findRecipient(db: Kysely<DB> | Transaction<DB>, userId: string) {
  return db.selectFrom('users').select(['email', 'locale', 'deleted_at']).where('id', '=', userId).executeTakeFirst();
}
