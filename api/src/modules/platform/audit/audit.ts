import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import { announceQueueChange } from '../staff-queues';
import { canonicalJson } from './canonical-json';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  details: Record<string, unknown>;
  at: Date;
}

/**
 * Records who did what, to what, and why — in the same transaction as the change itself, so the
 * entry exists exactly when the change does. The entry is inserted unsealed and takes no lock: the
 * sealer (audit-seal.ts) links it into the hash chain after commit. Until then it is outside the
 * chain's guarantee.
 */
export async function appendAudit(trx: Transaction<DB>, entry: AuditEntry): Promise<void> {
  if (Number.isNaN(entry.at.getTime())) throw new RangeError('audit entry: invalid date');
  await trx
    .insertInto('audit_log')
    .values({
      actor_id: entry.actorId,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      // Throws on what jsonb would store as something else (NaN, a Map, a lone surrogate…) rather
      // than recording a silently altered entry.
      details: canonicalJson(entry.details),
      created_at: entry.at,
    })
    .execute();
  await announceQueueChange(trx, 'audit', entry.entityId);
}
