import { randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { AccountTokenPurpose, DB } from '../../../db/schema';
import { hashToken } from './tokens';

/**
 * A single-use token mailed to the user (verification, reset, email change): 256 random bits, stored
 * as its SHA-256. Issuing one voids the user's earlier unused tokens of the same purpose, so only the
 * latest mail works.
 */
export async function issueAccountToken(
  trx: Transaction<DB>,
  t: { userId: string; purpose: AccountTokenPurpose; email: string | null; now: Date; ttlMs: number },
): Promise<string> {
  const token = `agm_${randomBytes(32).toString('base64url')}`;
  await trx.updateTable('account_tokens').set({ used_at: t.now }).where('user_id', '=', t.userId).where('purpose', '=', t.purpose).where('used_at', 'is', null).execute();
  await trx
    .insertInto('account_tokens')
    .values({ user_id: t.userId, purpose: t.purpose, token_hash: hashToken(token), email: t.email, created_at: t.now, expires_at: new Date(t.now.getTime() + t.ttlMs) })
    .execute();
  return token;
}

/** Uses the token if it is live (right purpose, unused, unexpired): its user and address; else undefined. */
export async function consumeAccountToken(trx: Transaction<DB>, token: string, purpose: AccountTokenPurpose, now: Date) {
  return trx
    .updateTable('account_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', hashToken(token))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['user_id', 'email'])
    .executeTakeFirst();
}

/** The live token's user and address without using it: to check what it would change before committing to it. */
export async function findLiveAccountToken(db: Kysely<DB>, token: string, purpose: AccountTokenPurpose, now: Date) {
  return db
    .selectFrom('account_tokens')
    .select(['user_id', 'email'])
    .where('token_hash', '=', hashToken(token))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}
