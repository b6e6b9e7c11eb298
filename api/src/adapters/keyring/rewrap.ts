import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import { rewrapDataKey } from './envelope';
import type { Keyring } from './keyring';

/** A table holding envelope-encrypted records: a uuid primary key and `key_id` + `wrapped_key` columns. */
export interface EncryptedTable {
  table: string;
  idColumn: string;
}

export interface RewrapOptions {
  batchSize: number;
  /** Called after each committed batch (progress output; tests use it to write mid-rotation). */
  onBatch?: (progress: { table: string; rewrapped: number }) => Promise<void> | void;
}

/**
 * Re-wraps every data key not yet under the active master key, table by table, in small batches.
 * Each batch is one short transaction that locks its rows (FOR UPDATE SKIP LOCKED): requests keep
 * writing, a row a request holds is left for the next run, and only key_id + wrapped_key change.
 * One pass in primary-key order, so it always ends; rows already on the active key are never
 * selected, so rerunning after a crash or an interruption just continues. Rows under a key that is
 * not in the keyring are left alone and show up in keyCounts().
 */
export async function rewrapAll(db: Kysely<DB>, keyring: Keyring, tables: readonly EncryptedTable[], opts: RewrapOptions): Promise<number> {
  let total = 0;
  for (const target of tables) {
    let after: string | null = null;
    for (;;) {
      const batch = await inTransaction(db, (trx) => rewrapBatch(trx, keyring, target, after, opts.batchSize));
      if (batch.lastId === null) break;
      after = batch.lastId;
      total += batch.rewrapped;
      await opts.onBatch?.({ table: target.table, rewrapped: batch.rewrapped });
    }
  }
  return total;
}

async function rewrapBatch(trx: Transaction<DB>, keyring: Keyring, { table, idColumn }: EncryptedTable, after: string | null, limit: number) {
  const id = sql.ref(idColumn);
  const others = keyring.keyIds.filter((k) => k !== keyring.activeKeyId);
  if (others.length === 0) return { rewrapped: 0, lastId: null };
  const { rows } = await sql<{ id: string; key_id: string; wrapped_key: Buffer }>`
    SELECT ${id}::text AS id, key_id, wrapped_key FROM ${sql.table(table)}
    WHERE key_id IN (${sql.join(others)}) AND (${after}::uuid IS NULL OR ${id} > ${after}::uuid)
    ORDER BY ${id} LIMIT ${limit} FOR UPDATE SKIP LOCKED`.execute(trx);
  for (const row of rows) {
    const next = rewrapDataKey(keyring, { table, id: row.id }, { keyId: row.key_id, wrapped: row.wrapped_key });
    await sql`UPDATE ${sql.table(table)} SET key_id = ${next.keyId}, wrapped_key = ${next.wrapped} WHERE ${id} = ${row.id}::uuid`.execute(trx);
  }
  return { rewrapped: rows.length, lastId: rows.at(-1)?.id ?? null };
}

/** How many records each master key id still protects, per table (rows with nothing sealed yet, a null key_id, protect nothing). */
export async function keyCounts(db: Kysely<DB>, tables: readonly EncryptedTable[]): Promise<{ table: string; keyId: string; records: number }[]> {
  const counts = [];
  for (const { table } of tables) {
    const { rows } = await sql<{ key_id: string; records: number }>`
      SELECT key_id, count(*)::int AS records FROM ${sql.table(table)} WHERE key_id IS NOT NULL GROUP BY key_id ORDER BY key_id`.execute(db);
    counts.push(...rows.map((r) => ({ table, keyId: r.key_id, records: r.records })));
  }
  return counts;
}
