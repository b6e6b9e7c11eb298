import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB, PublicProfilesTable } from '../../../db/schema';

export interface PublicFields {
  bio: string | null;
  city: string | null;
  country: string | null;
}

export interface AvatarKeys {
  large: string;
  small: string;
}

export function findPublicProfile(db: Kysely<DB>, userId: string) {
  return db.selectFrom('public_profiles').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** Sets the given fields (null clears one), creating the row on first use. */
export async function savePublicFields(db: Kysely<DB>, userId: string, fields: Partial<PublicFields>, now: Date): Promise<void> {
  const values = { ...fields, updated_at: now };
  await db
    .insertInto('public_profiles')
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
}

/**
 * Serialises everything that writes or removes the files of these keys until the transaction ends:
 * an upload of the same picture by someone else cannot slip between a cleanup's "unused?" and its unlink.
 */
export async function lockAvatarKeys(trx: Transaction<DB>, keys: readonly string[]): Promise<void> {
  for (const key of [...new Set(keys)].sort()) await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`avatar:${key}`}, 0))`.execute(trx);
}

/** Sets (or clears) the user's avatar; returns the keys it replaces. */
export async function setAvatarKeys(trx: Transaction<DB>, userId: string, keys: AvatarKeys | null, now: Date): Promise<AvatarKeys | null> {
  // The row first, so the lock below holds even for a user's first avatar.
  await trx
    .insertInto('public_profiles')
    .values({ user_id: userId, updated_at: now })
    .onConflict((oc) => oc.column('user_id').doNothing())
    .execute();
  const previous = await trx.selectFrom('public_profiles').select(['avatar_key', 'avatar_small_key']).where('user_id', '=', userId).forUpdate().executeTakeFirstOrThrow();
  await trx
    .updateTable('public_profiles')
    .set({ avatar_key: keys?.large ?? null, avatar_small_key: keys?.small ?? null, updated_at: now })
    .where('user_id', '=', userId)
    .execute();
  return avatarKeysOf(previous);
}

export async function avatarKeyInUse(trx: Transaction<DB>, key: string): Promise<boolean> {
  const row = await trx
    .selectFrom('public_profiles')
    .select('user_id')
    .where((eb) => eb.or([eb('avatar_key', '=', key), eb('avatar_small_key', '=', key)]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Deletes the user's public profile; returns its avatar's keys, whose files the caller removes after commit. */
export async function deletePublicProfile(trx: Transaction<DB>, userId: string): Promise<AvatarKeys | null> {
  const row = await trx.deleteFrom('public_profiles').where('user_id', '=', userId).returning(['avatar_key', 'avatar_small_key']).executeTakeFirst();
  return row ? avatarKeysOf(row) : null;
}

export function avatarKeysOf(row: Pick<PublicProfilesTable, 'avatar_key' | 'avatar_small_key'>): AvatarKeys | null {
  return row.avatar_key && row.avatar_small_key ? { large: row.avatar_key, small: row.avatar_small_key } : null;
}
