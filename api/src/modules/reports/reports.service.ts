import type { z } from 'zod';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB, ReportRow } from '../../db/schema';
import { conflict, notFound, unprocessable } from '../../http/errors';
import { appendAudit } from '../audit';
import { UNDER_REVIEW, findListing, holdReportedListing } from '../listings';
import { appendEvents } from '../outbox';
import { userExists } from '../users';
import type { CreateReportBody } from './reports.schemas';
import { insertReport, lockReport } from './reports.repository';

export type ReportDecision = 'action' | 'dismiss';

/**
 * Who owns the target, or undefined when it does not exist for the reporter. A removed listing stays
 * reportable; one under review is invisible to all but its seller, so reporting it must not confirm it exists.
 */
async function ownerOf(trx: Transaction<DB>, type: ReportRow['target_type'], id: string, reporterId: string): Promise<string | undefined> {
  if (type === 'listing') {
    const listing = await findListing(trx, id);
    return listing && (listing.seller_id === reporterId || !UNDER_REVIEW.includes(listing.status)) ? listing.seller_id : undefined;
  }
  return (await userExists(trx, id)) ? id : undefined;
}

export async function createReport(ctx: AppContext, reporterId: string, input: z.infer<typeof CreateReportBody>): Promise<ReportRow> {
  const now = ctx.clock.now();
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const owner = await ownerOf(trx, input.target_type, input.target_id, reporterId);
      if (!owner) throw notFound(input.target_type === 'listing' ? 'Listing' : 'User');
      if (owner === reporterId) throw unprocessable('own_target', 'You cannot report yourself or your own listing', 'target_id');
      const report = await insertReport(trx, {
        reporter_id: reporterId, target_type: input.target_type, target_id: input.target_id, reason: input.reason, note: input.note || null, created_at: now,
      });
      await appendEvents(trx, [{
        type: 'report.created', aggregateType: 'report', aggregateId: report.id, occurredAt: now,
        payload: { report_id: report.id, reporter_id: reporterId, target_type: report.target_type, target_id: report.target_id, reason: report.reason },
      }]);
      if (input.target_type === 'listing' && (await holdReportedListing(trx, ctx.config, input.target_id, now))) {
        await appendEvents(trx, [{
          type: 'listing.held_for_review', aggregateType: 'listing', aggregateId: input.target_id, occurredAt: now,
          payload: { listing_id: input.target_id, seller_id: owner, flag: 'reported' },
        }]);
      }
      return report;
    });
  } catch (err) {
    // The partial unique index: this reporter already has an open report on this target.
    if ((err as { code?: string }).code === '23505') throw conflict('report_already_open', 'You already have an open report on this target');
    throw err;
  }
}

/**
 * Records a moderator's verdict; attributable (audit entry + outbox event). Taking the action itself
 * (removing the listing, suspending the user) is left to a later slice.
 */
export async function decideReport(ctx: AppContext, staffId: string, reportId: string, decision: ReportDecision, note: string): Promise<ReportRow> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const report = await lockReport(trx, reportId);
    if (!report) throw notFound('Report');
    if (report.status !== 'open') throw conflict('report_decided', 'This report is already decided');
    const status = decision === 'action' ? 'actioned' : 'dismissed';
    const decided = await trx.updateTable('reports').set({ status, decision_note: note, decided_by: staffId, decided_at: now }).where('id', '=', reportId).returningAll().executeTakeFirstOrThrow();
    await appendAudit(trx, { actorId: staffId, action: `report.${decision}`, entityType: 'report', entityId: reportId, details: { note, target_type: report.target_type, target_id: report.target_id }, at: now });
    await appendEvents(trx, [{
      type: 'report.decided', aggregateType: 'report', aggregateId: reportId, occurredAt: now,
      payload: { report_id: reportId, decision, status, target_type: report.target_type, target_id: report.target_id, decided_by: staffId },
    }]);
    return decided;
  });
}
