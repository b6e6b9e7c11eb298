import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { EncryptedTable, Keyring } from '../../../adapters/keyring';
import type { DB } from '../../../db/schema';
import type { ShippingAddress } from './addresses.schemas';
import { listSavedAddresses, openAddress, sealAddress, toSavedAddressResponse } from './saved-addresses.repository';

// Each order keeps its own sealed copy of the address the buyer paid with: editing or deleting a saved
// address later changes no order.
const TABLE = 'order_shipping_addresses';
export const ORDER_ADDRESSES_TABLE: EncryptedTable = { table: TABLE, idColumn: 'id' };

/** Sets the order's address (a payment retried after a decline may give another one). */
export async function setOrderAddress(trx: Transaction<DB>, keyring: Keyring, o: { orderId: string; buyerId: string }, address: ShippingAddress, now: Date): Promise<void> {
  await trx.deleteFrom(TABLE).where('order_id', '=', o.orderId).execute();
  const id = randomUUID();
  await trx
    .insertInto(TABLE)
    .values({ id, order_id: o.orderId, user_id: o.buyerId, ...sealAddress(keyring, TABLE, id, address), created_at: now })
    .execute();
}

/** The order's address, decrypted; undefined when the buyer gave none (orders paid before addresses existed). */
export async function readOrderAddress(db: Kysely<DB> | Transaction<DB>, keyring: Keyring, orderId: string): Promise<ShippingAddress | undefined> {
  const row = await db.selectFrom(TABLE).selectAll().where('order_id', '=', orderId).executeTakeFirst();
  return row && openAddress(keyring, TABLE, row);
}

/** Every address the user saved or paid with (their data export). */
export async function exportAddressesOf(db: Kysely<DB>, keyring: Keyring, userId: string) {
  const orders = await db.selectFrom(TABLE).selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
  return {
    saved: (await listSavedAddresses(db, keyring, userId)).map(toSavedAddressResponse),
    orders: orders.map((r) => ({ order_id: r.order_id, address: openAddress(keyring, TABLE, r), given_at: r.created_at.toISOString() })),
  };
}

/**
 * Account deletion's eraser: the address book and the addresses on the user's orders go. Deletion
 * waits for every order and dispute to close, so no seller or arbitrator needs them any more.
 */
export async function eraseAddresses(trx: Transaction<DB>, userId: string): Promise<void> {
  await trx.deleteFrom('saved_addresses').where('user_id', '=', userId).execute();
  await trx.deleteFrom(TABLE).where('user_id', '=', userId).execute();
}
