import { randomUUID } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import { type EncryptedTable, type Keyring, openRecord, sealRecord } from '../../../adapters/keyring';
import type { DB } from '../../../db/schema';
import type { ShippingAddress } from './addresses.schemas';

const TABLE = 'saved_addresses';
export const SAVED_ADDRESSES_TABLE: EncryptedTable = { table: TABLE, idColumn: 'id' };

export interface SavedAddress extends ShippingAddress {
  id: string;
  created_at: Date;
}

/** Seals an address for a row of `table` whose id is `id` (part of the ciphertext's AAD). */
export function sealAddress(keyring: Keyring, table: string, id: string, address: ShippingAddress) {
  const { dataKey, ciphertexts } = sealRecord(keyring, { table, id }, { data: Buffer.from(JSON.stringify(address)) });
  return { key_id: dataKey.keyId, wrapped_key: dataKey.wrapped, data: ciphertexts.data };
}

export function openAddress(keyring: Keyring, table: string, row: { id: string; key_id: string; wrapped_key: Buffer; data: Buffer }): ShippingAddress {
  const { data } = openRecord(keyring, { table, id: row.id }, { keyId: row.key_id, wrapped: row.wrapped_key }, { data: row.data });
  return JSON.parse(data.toString('utf8')) as ShippingAddress;
}

/** Serialises one user's address book changes, so the count checked before an insert holds until commit. */
export async function lockAddressBook(trx: Transaction<DB>, userId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`saved_addresses:${userId}`}, 0))`.execute(trx);
}

export async function countSavedAddresses(trx: Transaction<DB>, userId: string): Promise<number> {
  const row = await trx
    .selectFrom(TABLE)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertSavedAddress(trx: Transaction<DB>, keyring: Keyring, userId: string, address: ShippingAddress, now: Date): Promise<SavedAddress> {
  const id = randomUUID();
  await trx
    .insertInto(TABLE)
    .values({ id, user_id: userId, ...sealAddress(keyring, TABLE, id, address), created_at: now })
    .execute();
  return { id, ...address, created_at: now };
}

/** The user's saved addresses, oldest first. */
export async function listSavedAddresses(db: Kysely<DB> | Transaction<DB>, keyring: Keyring, userId: string): Promise<SavedAddress[]> {
  const rows = await db.selectFrom(TABLE).selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, ...openAddress(keyring, TABLE, r), created_at: r.created_at }));
}

/** One of the user's saved addresses; another user's is undefined, as if it did not exist. */
export async function findSavedAddress(db: Kysely<DB> | Transaction<DB>, keyring: Keyring, userId: string, id: string): Promise<ShippingAddress | undefined> {
  const row = await db.selectFrom(TABLE).selectAll().where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return row && openAddress(keyring, TABLE, row);
}

export async function deleteSavedAddress(db: Kysely<DB>, userId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom(TABLE).where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export function toSavedAddressResponse(a: SavedAddress) {
  const { id, created_at, ...address } = a;
  return { id, ...address, created_at: created_at.toISOString() };
}
