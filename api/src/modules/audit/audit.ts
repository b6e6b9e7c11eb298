import { type Transaction, sql } from 'kysely';
import type { DB } from '../../db/schema';
import { type ChainedFields, GENESIS_HASH, entryHash, seqNumber } from './audit-hash';
import { canonicalJson } from './canonical-json';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  details: Record<string, unknown>;
  at: Date;
}

// Every appender takes this transaction-scoped lock, so the chain has one total order.
const AUDIT_CHAIN_LOCK = 0x6175_6469_745f_6c67n; // "audit_lg"

/**
 * Records who did what, to what, and why — in the same transaction as the change itself — as the
 * next link of the hash chain. Appenders queue on one lock held until their commit, so call this
 * as the last write of the transaction. Needs READ COMMITTED: under a snapshot taken before the
 * lock the head would be stale and the insert fails on the unique seq instead of forking the chain.
 */
export async function appendAudit(trx: Transaction<DB>, entry: AuditEntry): Promise<void> {
  // Normalised and validated before the lock, so a bad entry never holds up other appenders.
  if (Number.isNaN(entry.at.getTime())) throw new RangeError('audit entry: invalid date');
  const details = canonicalJson(entry.details);
  const fields: Omit<ChainedFields, 'seq'> = {
    actor_id: entry.actorId === null ? null : canonicalUuid(entry.actorId),
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: canonicalUuid(entry.entityId),
    details: entry.details,
    created_at: entry.at,
  };

  // A separate statement: under READ COMMITTED the head query then sees every earlier holder's commit.
  await sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx);
  const head = await trx.selectFrom('audit_log').select(['seq', 'entry_hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const seq = head ? seqNumber(head.seq) + 1 : 1;
  const prevHash = head?.entry_hash ?? GENESIS_HASH;
  await trx
    .insertInto('audit_log')
    .values({
      ...fields,
      seq,
      details,
      prev_hash: prevHash,
      entry_hash: entryHash(prevHash, { ...fields, seq }),
    })
    .execute();
}

/** Postgres returns uuids lower-case; the hash must be over what it returns. */
function canonicalUuid(id: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new TypeError(`audit entry: ${id} is not a uuid`);
  return id.toLowerCase();
}
