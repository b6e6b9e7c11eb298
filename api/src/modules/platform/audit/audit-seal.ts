import { type Kysely, type NotNull, sql } from 'kysely';
import type { DB } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { GENESIS_HASH, entryHash, seqNumber } from './audit-hash';

// Held by the one sealer at a time, for its transaction only.
const AUDIT_SEAL_LOCK = 0x6175_6469_745f_736cn; // "audit_sl"

export interface SealOptions {
  /** Entries sealed per transaction. */
  limit?: number;
  /** Wait for a running sealer instead of returning 0 at once. */
  wait?: boolean;
}

/**
 * Links the oldest unsealed entries into the hash chain, in one short transaction: assigns each
 * the next seq, the previous entry's hash and its own. Returns how many it sealed (0 when another
 * sealer holds the lock and `wait` is off).
 *
 * Only committed entries are visible, so seq is the order of sealing, not of insertion: an entry
 * whose transaction commits after a later-inserted one has sealed gets a larger seq despite its
 * smaller id. seq is the chain order; id only says which insert came first.
 */
export async function sealAudit(db: Kysely<DB>, opts: SealOptions = {}): Promise<number> {
  const limit = opts.limit ?? 1000;
  // READ COMMITTED: each statement after the lock sees every earlier sealer's commit.
  return inTransaction(
    db,
    async (trx) => {
      if (opts.wait) {
        await sql`SELECT pg_advisory_xact_lock(${AUDIT_SEAL_LOCK})`.execute(trx);
      } else {
        const { rows } = await sql<{ locked: boolean }>`SELECT pg_try_advisory_xact_lock(${AUDIT_SEAL_LOCK}) AS locked`.execute(trx);
        if (!rows[0]!.locked) return 0;
      }
      const head = await chainHead(trx);
      const pending = await trx
        .selectFrom('audit_log')
        .select(['id', 'actor_id', 'action', 'entity_type', 'entity_id', 'details', 'created_at'])
        .where('seq', 'is', null)
        .orderBy('id')
        .limit(limit)
        .forUpdate()
        .execute();
      if (pending.length === 0) return 0;

      // Hashed as read back from Postgres, which is what the verifier will read.
      let seq = head ? seqNumber(head.seq) : 0;
      let prevHash = head?.entry_hash ?? GENESIS_HASH;
      const seals = pending.map((row) => {
        seq += 1;
        const hash = entryHash(prevHash, { ...row, seq });
        const value = sql`(${row.id}::bigint, ${seq}::bigint, ${prevHash}::bytea, ${hash}::bytea)`;
        prevHash = hash;
        return value;
      });
      await sql`UPDATE audit_log a SET seq = v.seq, prev_hash = v.prev_hash, entry_hash = v.entry_hash
              FROM (VALUES ${sql.join(seals)}) AS v (id, seq, prev_hash, entry_hash)
              WHERE a.id = v.id`.execute(trx);
      return pending.length;
    },
    { isolation: 'read committed' },
  );
}

/** Seals batch after batch until one comes back short: the backlog committed so far is chained. */
export async function sealAuditBacklog(db: Kysely<DB>, opts: SealOptions = {}): Promise<number> {
  const limit = opts.limit ?? 1000;
  let total = 0;
  for (;;) {
    const sealed = await sealAudit(db, { ...opts, limit });
    total += sealed;
    if (sealed < limit) return total;
  }
}

/** The last sealed entry (unsealed rows sort first in a descending seq, hence the filter). */
export function chainHead(db: Kysely<DB>) {
  return db
    .selectFrom('audit_log')
    .select(['seq', 'entry_hash'])
    .where('seq', 'is not', null)
    .orderBy('seq', 'desc')
    .limit(1)
    .$narrowType<{ seq: NotNull; entry_hash: NotNull }>()
    .executeTakeFirst();
}
