import { createHash, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { type EncryptedTable, type Keyring, openRecord, sealRecord } from '../../../adapters/keyring';
import type { PushTarget } from '../../../adapters/web-push';
import type { DB } from '../../../db/schema';

const TABLE = 'push_subscriptions';
export const PUSH_SUBSCRIPTIONS_TABLE: EncryptedTable = { table: TABLE, idColumn: 'id' };

const endpointHash = (endpoint: string) => createHash('sha256').update(endpoint).digest();

/** Stores a browser's subscription, sealed; subscribing the same endpoint again keeps one row (and takes the new keys). */
export async function savePushSubscription(db: Kysely<DB>, keyring: Keyring, userId: string, target: PushTarget, now: Date): Promise<{ id: string; created: boolean }> {
  const id = randomUUID();
  const { dataKey, ciphertexts } = sealRecord(keyring, { table: TABLE, id }, { endpoint: Buffer.from(target.endpoint), keys: Buffer.from(JSON.stringify(target.keys)) });
  const sealed = { key_id: dataKey.keyId, wrapped_key: dataKey.wrapped, endpoint: ciphertexts.endpoint, keys: ciphertexts.keys };
  const inserted = await db
    .insertInto('push_subscriptions')
    .values({ id, user_id: userId, endpoint_hash: endpointHash(target.endpoint), ...sealed, created_at: now })
    .onConflict((oc) => oc.columns(['user_id', 'endpoint_hash']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id, created: true };
  // Sealed under its own id: re-seal the new keys for the existing row.
  const existing = await db
    .selectFrom('push_subscriptions')
    .select('id')
    .where('user_id', '=', userId)
    .where('endpoint_hash', '=', endpointHash(target.endpoint))
    .executeTakeFirstOrThrow();
  const resealed = sealRecord(keyring, { table: TABLE, id: existing.id }, { endpoint: Buffer.from(target.endpoint), keys: Buffer.from(JSON.stringify(target.keys)) });
  await db
    .updateTable('push_subscriptions')
    .set({ key_id: resealed.dataKey.keyId, wrapped_key: resealed.dataKey.wrapped, endpoint: resealed.ciphertexts.endpoint, keys: resealed.ciphertexts.keys })
    .where('id', '=', existing.id)
    .execute();
  return { id: existing.id, created: false };
}

export async function pushSubscriptionsOf(db: Kysely<DB> | Transaction<DB>, keyring: Keyring, userId: string): Promise<(PushTarget & { id: string })[]> {
  const rows = await db.selectFrom('push_subscriptions').select(['id', 'key_id', 'wrapped_key', 'endpoint', 'keys']).where('user_id', '=', userId).orderBy('created_at').execute();
  return rows.map((r) => {
    const open = openRecord(keyring, { table: TABLE, id: r.id }, { keyId: r.key_id, wrapped: r.wrapped_key }, { endpoint: r.endpoint, keys: r.keys });
    return { id: r.id, endpoint: open.endpoint.toString(), keys: JSON.parse(open.keys.toString()) as PushTarget['keys'] };
  });
}

/** Deletes one of the user's subscriptions; false when there is none with that id (or it is someone else's). */
export async function deletePushSubscription(db: Kysely<DB> | Transaction<DB>, userId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('push_subscriptions').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function deletePushSubscriptionsOf(trx: Transaction<DB>, userId: string): Promise<void> {
  await trx.deleteFrom('push_subscriptions').where('user_id', '=', userId).execute();
}
