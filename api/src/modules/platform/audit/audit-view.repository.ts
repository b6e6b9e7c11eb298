import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../db/schema';

type AuditLogRow = Selectable<DB['audit_log']>;

// Keyset over id DESC: ids are assigned in insertion order, so newest first without a timestamp tie-break.

export const AuditCursor = z
  .string()
  .max(40, 'is not a valid cursor')
  .transform((raw, ctx) => {
    const id = Buffer.from(raw, 'base64url').toString('utf8');
    // At most bigint's maximum: a larger id would fail in Postgres, not here.
    if (/^[1-9]\d{0,18}$/.test(id) && BigInt(id) <= 9_223_372_036_854_775_807n) return id;
    ctx.addIssue({ code: 'custom', message: 'is not a valid cursor' });
    return z.NEVER;
  });

export interface AuditFilter {
  entity_type?: string;
  entity_id?: string;
  actor_id?: string;
  action?: string;
  /** Leave out the record of staff reads (`*.viewed`). */
  decisionsOnly?: boolean;
  limit: number;
  cursor?: string;
}

export function listAuditEntries(db: Kysely<DB>, f: AuditFilter) {
  let q = db.selectFrom('audit_log').selectAll();
  if (f.entity_type) q = q.where('entity_type', '=', f.entity_type);
  if (f.entity_id) q = q.where('entity_id', '=', f.entity_id);
  if (f.actor_id) q = q.where('actor_id', '=', f.actor_id);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.decisionsOnly) q = q.where('action', 'not like', '%.viewed');
  if (f.cursor) q = q.where('id', '<', f.cursor);
  return q
    .orderBy('id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

export function toAuditEntryResponse(a: AuditLogRow) {
  return {
    id: a.id,
    actor_id: a.actor_id,
    action: a.action,
    entity_type: a.entity_type,
    entity_id: a.entity_id,
    details: a.details as Record<string, unknown>,
    created_at: a.created_at.toISOString(),
    // Sealed once the sealer has linked the entry into the hash chain (see audit-seal.ts).
    seq: a.seq,
    sealed: a.seq !== null,
  };
}

/** A page of entries and the cursor for the next one (null on the last page). */
export function auditPage(rows: AuditLogRow[], limit: number) {
  const kept = rows.slice(0, limit);
  const last = kept[kept.length - 1];
  return { data: kept.map(toAuditEntryResponse), next_cursor: rows.length > limit && last ? Buffer.from(last.id).toString('base64url') : null };
}
