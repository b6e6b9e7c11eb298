import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import { appendEvents } from '../../platform/outbox';
import { isUsablePasswordHash, unusablePasswordHash } from './unusable-password';
import { type PublicUser, findByEmail, findPasswordHash, insertUser } from './users.repository';

/** An account for an address an OpenID provider vouched for: verified, without a password (the password reset can give it one). */
export async function createExternalAccount(trx: Transaction<DB>, input: { email: string; display_name: string; now: Date }): Promise<PublicUser> {
  const password_hash = unusablePasswordHash();
  const user = await insertUser(trx, { email: input.email, password_hash, display_name: input.display_name, email_verified_at: input.now, created_at: input.now });
  await appendEvents(trx, [{ type: 'user.registered', aggregateType: 'user', aggregateId: user.id, occurredAt: input.now, payload: { user_id: user.id } }]);
  return user;
}

export async function accountIdByEmail(db: Kysely<DB>, email: string): Promise<string | undefined> {
  return (await findByEmail(db, email))?.id;
}

/** False for an account that can only sign in through a provider (until a password reset gives it one). */
export async function hasUsablePassword(db: Kysely<DB>, userId: string): Promise<boolean> {
  const row = await findPasswordHash(db, userId);
  return row !== undefined && isUsablePasswordHash(row.password_hash);
}
