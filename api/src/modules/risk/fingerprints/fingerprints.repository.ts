import { createHash } from 'node:crypto';
import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import type { DB, FingerprintKind } from '../../../db/schema';

/** Stored form of a device id or card fingerprint: equal inputs match, the raw value is never kept. */
export const fingerprintHash = (kind: FingerprintKind, raw: string) => createHash('sha256').update(`${kind}:${raw}`).digest('hex');

/** Notes that `userId` used this device or card now (first and last seen). */
export async function recordFingerprint(db: Kysely<DB> | Transaction<DB>, userId: string, kind: FingerprintKind, raw: string, now: Date): Promise<void> {
  await db
    .insertInto('user_fingerprints')
    .values({ user_id: userId, kind, hash: fingerprintHash(kind, raw), first_seen_at: now, last_seen_at: now })
    .onConflict((oc) => oc.columns(['user_id', 'kind', 'hash']).doUpdateSet({ last_seen_at: now }))
    .execute();
}

/** Whether `userId` was ever seen with this device or card. */
export async function hasFingerprint(db: Kysely<DB> | Transaction<DB>, userId: string, kind: FingerprintKind, raw: string): Promise<boolean> {
  const row = await db
    .selectFrom('user_fingerprints')
    .select('id')
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .where('hash', '=', fingerprintHash(kind, raw))
    .executeTakeFirst();
  return row !== undefined;
}

/** The kinds of fingerprint two accounts have in common (a shared device, a shared card). */
export async function sharedFingerprintKinds(db: Kysely<DB> | Transaction<DB>, a: string, b: string): Promise<FingerprintKind[]> {
  const rows = await db
    .selectFrom('user_fingerprints as x')
    .innerJoin('user_fingerprints as y', (j) => j.onRef('x.kind', '=', 'y.kind').onRef('x.hash', '=', 'y.hash'))
    .select('x.kind')
    .distinct()
    .where('x.user_id', '=', a)
    .where('y.user_id', '=', b)
    .execute();
  return rows.map((r) => r.kind);
}

/** The hash of the fingerprint of this kind the user was seen with last (their latest sign-in device), if any. */
export async function latestFingerprintHash(db: Kysely<DB> | Transaction<DB>, userId: string, kind: FingerprintKind): Promise<string | undefined> {
  const row = await db
    .selectFrom('user_fingerprints as f')
    .select('f.hash')
    .where('f.user_id', '=', userId)
    .where('f.kind', '=', kind)
    .orderBy('f.last_seen_at', 'desc')
    .orderBy('f.id')
    .limit(1)
    .executeTakeFirst();
  return row?.hash;
}

/**
 * The other accounts seen with any of the user's fingerprints of `kind`, both sightings before `now`
 * (point in time, for risk scores): a subquery of `user_id`s, one row per sighting pair.
 */
export function accountsSharingFingerprints(userId: string, kind: FingerprintKind, now: Date): RawBuilder<unknown> {
  return sql`(SELECT y.user_id FROM user_fingerprints x
    JOIN user_fingerprints y ON y.kind = x.kind AND y.hash = x.hash AND y.user_id <> x.user_id AND y.first_seen_at < ${now}
    WHERE x.user_id = ${userId} AND x.kind = ${kind} AND x.first_seen_at < ${now})`;
}
