import type { Kysely, Transaction } from 'kysely';
import type { DB, LoginChallengesTable } from '../../../db/schema';

export type ChallengeKind = LoginChallengesTable['kind'];

export async function insertChallenge(
  db: Kysely<DB>,
  c: { user_id: string; token_hash: Buffer; kind: ChallengeKind; created_at: Date; expires_at: Date; user_agent: string | null; network: string | null },
): Promise<void> {
  await db.insertInto('login_challenges').values(c).execute();
}

export function findChallenge(db: Kysely<DB>, tokenHash: Buffer) {
  return db.selectFrom('login_challenges').select(['id', 'user_id', 'kind', 'expires_at', 'attempts', 'used_at']).where('token_hash', '=', tokenHash).executeTakeFirst();
}

export function lockChallenge(trx: Transaction<DB>, id: string) {
  return trx.selectFrom('login_challenges').select(['id', 'user_id', 'kind', 'expires_at', 'attempts', 'used_at']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function countChallengeAttempt(trx: Transaction<DB>, id: string): Promise<void> {
  await trx
    .updateTable('login_challenges')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function markChallengeUsed(trx: Transaction<DB>, id: string, now: Date): Promise<void> {
  await trx.updateTable('login_challenges').set({ used_at: now }).where('id', '=', id).execute();
}

export async function deleteChallenges(trx: Transaction<DB>, userId: string): Promise<void> {
  await trx.deleteFrom('login_challenges').where('user_id', '=', userId).execute();
}
