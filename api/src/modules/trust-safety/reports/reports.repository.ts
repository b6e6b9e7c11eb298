import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB, ReportRow, ReportStatus, ReportTargetType } from '../../../db/schema';
import { type Cursor, afterCursor } from '../../../db/keyset';
import { notInvolving, targetExcerpt, targetOwnerId, targetsUser } from './report-party';

export function insertReport(trx: Transaction<DB>, r: Pick<ReportRow, 'reporter_id' | 'target_type' | 'target_id' | 'reason' | 'note' | 'created_at'>): Promise<ReportRow> {
  return trx
    .insertInto('reports')
    .values({ ...r, status: 'open', decided_by: null, decided_at: null, decision_note: null, action: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function countOpenReportsOn(trx: Transaction<DB>, targetType: ReportTargetType, targetId: string): Promise<number> {
  const { open } = await trx
    .selectFrom('reports')
    .select((eb) => eb.fn.countAll<number>().as('open'))
    .where('target_type', '=', targetType)
    .where('target_id', '=', targetId)
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();
  return Number(open);
}

export async function reportExists(db: Kysely<DB>, id: string): Promise<boolean> {
  return (await db.selectFrom('reports').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export function lockReport(trx: Transaction<DB>, id: string): Promise<ReportRow | undefined> {
  return trx.selectFrom('reports').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * Locks the report and every other report on its target, in id order: a decision writes to all of
 * them, so two decisions on one target must queue up rather than lock each other's rows crosswise.
 */
export async function lockReportWithSiblings(trx: Transaction<DB>, id: string): Promise<ReportRow | undefined> {
  const target = await trx.selectFrom('reports').select(['target_type', 'target_id']).where('id', '=', id).executeTakeFirst();
  if (!target) return undefined;
  await trx.selectFrom('reports').select('id').where('target_type', '=', target.target_type).where('target_id', '=', target.target_id).orderBy('id').forUpdate().execute();
  return lockReport(trx, id);
}

/** Decides every other open report on the same target with the same verdict; returns them. */
export function decideOpenReportsOn(
  trx: Transaction<DB>,
  report: ReportRow,
  verdict: Pick<ReportRow, 'status' | 'action' | 'decision_note' | 'decided_by' | 'decided_at'>,
): Promise<ReportRow[]> {
  return trx
    .updateTable('reports')
    .set(verdict)
    .where('target_type', '=', report.target_type)
    .where('target_id', '=', report.target_id)
    .where('status', '=', 'open')
    .where('id', '<>', report.id)
    .returningAll()
    .execute();
}

export function listReports(db: Kysely<DB>, f: { status?: ReportStatus; target_type?: ReportTargetType; viewerId: string; limit: number; cursor?: Cursor }) {
  let q = db
    .selectFrom('reports')
    .selectAll('reports')
    // Moderators weigh a target by how many people report it, not by one report.
    .select(
      sql<number>`(SELECT count(*)::int FROM reports o WHERE o.target_type = reports.target_type AND o.target_id = reports.target_id AND o.status = 'open')`.as(
        'open_reports_on_target',
      ),
    )
    // Who the target belongs to and what it says, so a moderator can judge a message or review without opening it.
    .select(targetOwnerId.as('target_owner_id'))
    .select(targetExcerpt.as('target_excerpt'))
    // Never a report the viewer filed or that is on them (see isReportParty).
    .where(notInvolving(f.viewerId));
  if (f.status) q = q.where('reports.status', '=', f.status);
  if (f.target_type) q = q.where('reports.target_type', '=', f.target_type);
  if (f.cursor) q = q.where(afterCursor('reports.created_at', 'reports.id', f.cursor));
  return q
    .orderBy('reports.created_at', 'desc')
    .orderBy('reports.id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

/** Reports filed by a user (`by`) or against them or one of their listings (`against`), newest first; none the viewer is a party to. */
export function listReportsInvolving(db: Kysely<DB>, userId: string, f: { viewerId: string; limit: number; cursor?: Cursor }) {
  const against = targetsUser(userId);
  let q = db
    .selectFrom('reports')
    .selectAll('reports')
    .select(sql<'by' | 'against'>`CASE WHEN reports.reporter_id = ${userId}::uuid THEN 'by' ELSE 'against' END`.as('relation'))
    .where((eb) => eb.or([eb('reports.reporter_id', '=', userId), against]))
    .where(notInvolving(f.viewerId));
  if (f.cursor) q = q.where(afterCursor('reports.created_at', 'reports.id', f.cursor));
  return q
    .orderBy('reports.created_at', 'desc')
    .orderBy('reports.id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

export function toReportResponse(r: ReportRow) {
  return {
    id: r.id,
    reporter_id: r.reporter_id,
    target_type: r.target_type,
    target_id: r.target_id,
    reason: r.reason,
    note: r.note,
    status: r.status,
    decided_by: r.decided_by,
    decided_at: r.decided_at?.toISOString() ?? null,
    decision_note: r.decision_note,
    action: r.action,
    created_at: r.created_at.toISOString(),
  };
}

export function toQueuedReportResponse(r: ReportRow & { open_reports_on_target: number; target_owner_id: string | null; target_excerpt: string | null }) {
  return { ...toReportResponse(r), open_reports_on_target: r.open_reports_on_target, target_owner_id: r.target_owner_id, target_excerpt: r.target_excerpt };
}
