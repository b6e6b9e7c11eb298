import type { Kysely, Transaction } from 'kysely';
import type { DB, Locale } from '../../../db/schema';
import { PUBLIC_COLUMNS, type PublicUser } from './users.repository';

// Writes to the account's own settings: verified address, email, password, name and language.

/** Dates the verification (once) if the account still has `email`; undefined when it moved on to another address. */
export function markEmailVerified(trx: Transaction<DB>, userId: string, email: string, now: Date): Promise<PublicUser | undefined> {
  return trx
    .updateTable('users')
    .set((eb) => ({ email_verified_at: eb.fn.coalesce('email_verified_at', eb.val(now)) }))
    .where('id', '=', userId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .returning(PUBLIC_COLUMNS)
    .executeTakeFirst();
}

/** A verified new address (the unique index refuses one taken meanwhile: `users_email_key`). */
export function setEmail(trx: Transaction<DB>, userId: string, email: string, now: Date): Promise<PublicUser> {
  return trx.updateTable('users').set({ email, email_verified_at: now }).where('id', '=', userId).returning(PUBLIC_COLUMNS).executeTakeFirstOrThrow();
}

/** A new password; when it came through the mailbox (`verifiedAt`), that proves the address too. */
export async function setPasswordHash(trx: Transaction<DB>, userId: string, passwordHash: string, verifiedAt?: Date): Promise<void> {
  await trx
    .updateTable('users')
    .set((eb) => ({ password_hash: passwordHash, ...(verifiedAt ? { email_verified_at: eb.fn.coalesce('email_verified_at', eb.val(verifiedAt)) } : {}) }))
    .where('id', '=', userId)
    .execute();
}

export function updateProfile(db: Kysely<DB>, userId: string, changes: { display_name?: string; locale?: Locale }): Promise<PublicUser> {
  return db.updateTable('users').set(changes).where('id', '=', userId).returning(PUBLIC_COLUMNS).executeTakeFirstOrThrow();
}

/** What a password check and the policy need: the hash, and the words a password must not be built from. */
export function findCredentials(db: Kysely<DB> | Transaction<DB>, userId: string) {
  return db.selectFrom('users').select(['id', 'email', 'display_name', 'locale', 'password_hash', 'email_verified_at']).where('id', '=', userId).executeTakeFirst();
}
