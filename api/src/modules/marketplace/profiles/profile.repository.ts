import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { type Keyring, openRecord, sealRecord } from '../../../adapters/keyring';
import type { Profile } from './profiles.schemas';

const TABLE = 'user_private_profiles';

export interface StoredProfile extends Profile {
  updated_at: Date;
}

/** Every write seals the whole record under a fresh data key. */
export async function saveProfile(db: Kysely<DB>, keyring: Keyring, userId: string, profile: Profile, now: Date): Promise<void> {
  const { dataKey, ciphertexts } = sealRecord(
    keyring,
    { table: TABLE, id: userId },
    {
      legal_name: Buffer.from(profile.legal_name),
      address: Buffer.from(JSON.stringify(profile.address)),
      phone: Buffer.from(profile.phone),
    },
  );
  const values = { key_id: dataKey.keyId, wrapped_key: dataKey.wrapped, ...ciphertexts, updated_at: now };
  await db
    .insertInto(TABLE)
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
}

export async function findProfile(db: Kysely<DB>, keyring: Keyring, userId: string): Promise<StoredProfile | undefined> {
  const row = await db.selectFrom(TABLE).selectAll().where('user_id', '=', userId).executeTakeFirst();
  if (!row) return undefined;
  const plain = openRecord(
    keyring,
    { table: TABLE, id: userId },
    { keyId: row.key_id, wrapped: row.wrapped_key },
    {
      legal_name: row.legal_name,
      address: row.address,
      phone: row.phone,
    },
  );
  return {
    legal_name: plain.legal_name.toString('utf8'),
    address: JSON.parse(plain.address.toString('utf8')) as Profile['address'],
    phone: plain.phone.toString('utf8'),
    updated_at: row.updated_at,
  };
}

export function toProfileResponse(p: StoredProfile) {
  return { legal_name: p.legal_name, address: p.address, phone: p.phone, updated_at: p.updated_at.toISOString() };
}
