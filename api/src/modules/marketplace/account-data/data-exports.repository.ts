import { type Kysely, type Selectable, type Transaction } from 'kysely';
import { type EncryptedTable, type Keyring, openRecord, sealRecord } from '../../../adapters/keyring';
import type { DataExportsTable, DB } from '../../../db/schema';

const TABLE = 'data_exports';

/** For the key rotation job: the archives are envelope-encrypted like the profiles. */
export const DATA_EXPORTS_TABLE: EncryptedTable = { table: TABLE, idColumn: 'id' };

const METADATA = ['id', 'user_id', 'status', 'requested_at', 'completed_at', 'expires_at', 'size_bytes'] as const;
export type DataExport = Pick<Selectable<DataExportsTable>, (typeof METADATA)[number]>;

export function insertDataExport(trx: Transaction<DB>, e: { user_id: string; requested_at: Date; expires_at: Date }): Promise<DataExport> {
  return trx
    .insertInto(TABLE)
    .values({ ...e, status: 'pending' })
    .returning(METADATA)
    .executeTakeFirstOrThrow();
}

/** The user's export still being built, if any (a new request joins it rather than building twice). */
export function findPendingExport(trx: Transaction<DB>, userId: string): Promise<DataExport | undefined> {
  return trx.selectFrom(TABLE).select(METADATA).where('user_id', '=', userId).where('status', '=', 'pending').executeTakeFirst();
}

/** One of the user's exports; another user's is not found. */
export function findDataExport(db: Kysely<DB>, userId: string, id: string): Promise<DataExport | undefined> {
  return db.selectFrom(TABLE).select(METADATA).where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
}

/** The oldest pending export no other worker is building, locked until the caller's transaction ends. */
export function claimPendingExport(trx: Transaction<DB>): Promise<DataExport | undefined> {
  return trx.selectFrom(TABLE).select(METADATA).where('status', '=', 'pending').orderBy('requested_at').limit(1).forUpdate().skipLocked().executeTakeFirst();
}

/** Seals the archive under a fresh data key; the export's id is in the AAD, so it opens only in its own row. */
export async function storeArchive(trx: Transaction<DB>, keyring: Keyring, id: string, archive: Uint8Array, now: Date, expiresAt: Date): Promise<void> {
  const { dataKey, ciphertexts } = sealRecord(keyring, { table: TABLE, id }, { archive_enc: Buffer.from(archive) });
  await trx
    .updateTable(TABLE)
    .set({
      status: 'ready',
      completed_at: now,
      expires_at: expiresAt,
      key_id: dataKey.keyId,
      wrapped_key: dataKey.wrapped,
      archive_enc: ciphertexts.archive_enc,
      size_bytes: archive.length,
    })
    .where('id', '=', id)
    .execute();
}

export async function markExportFailed(db: Kysely<DB>, id: string, now: Date): Promise<void> {
  await db.updateTable(TABLE).set({ status: 'failed', completed_at: now }).where('id', '=', id).where('status', '=', 'pending').execute();
}

/** The decrypted archive of a ready export of the user's, if it is still there. */
export async function readArchive(db: Kysely<DB>, keyring: Keyring, userId: string, id: string): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom(TABLE)
    .select(['key_id', 'wrapped_key', 'archive_enc'])
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('status', '=', 'ready')
    .executeTakeFirst();
  if (!row?.key_id || !row.wrapped_key || !row.archive_enc) return undefined;
  return openRecord(keyring, { table: TABLE, id }, { keyId: row.key_id, wrapped: row.wrapped_key }, { archive_enc: row.archive_enc }).archive_enc;
}

/** Deletes exports past their expiry; returns how many. */
export async function deleteExpiredExports(db: Kysely<DB>, now: Date): Promise<number> {
  const result = await db.deleteFrom(TABLE).where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** A deleted account's exports go with it: they are copies of what was just erased. */
export async function deleteExportsOf(trx: Transaction<DB>, userId: string): Promise<void> {
  await trx.deleteFrom(TABLE).where('user_id', '=', userId).execute();
}

export function toDataExportResponse(e: DataExport) {
  return {
    id: e.id,
    status: e.status,
    requested_at: e.requested_at.toISOString(),
    completed_at: e.completed_at?.toISOString() ?? null,
    expires_at: e.expires_at.toISOString(),
    size_bytes: e.size_bytes,
  };
}
