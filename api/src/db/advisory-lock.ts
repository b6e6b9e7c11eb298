import { type Transaction, sql } from 'kysely';
import type { DB } from './schema';

/**
 * Serializes work on one external object (a provider account, a dispute) until the transaction
 * ends, even before any row for it exists. Whoever takes the lock second re-reads the provider
 * after the first has committed, so a later state is never overwritten by an earlier one.
 */
export async function lockExternalObject(trx: Transaction<DB>, key: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
}
