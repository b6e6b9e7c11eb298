import type { z } from 'zod';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB, ReportRow } from '../../db/schema';
import { conflict, notFound, unprocessable } from '../../http/errors';
import { appendAudit } from '../audit';
import { findDisputeMessage } from '../disputes';
import { findListing } from '../listings';
import { findOrderMessage } from '../order-messages';
import { findOrder } from '../orders';
import { appendEvents } from '../outbox';
import { holdReportedReview, reviewAuthorVisibleTo } from '../reviews';
import { userExists } from '../users';
import type { CreateReportBody } from './reports.schemas';
import { insertReport, lockReport } from './reports.repository';

export type ReportDecision = 'action' | 'dismiss';

/**
 * Who owns the target (a review or message: its author), or undefined when it does not exist for the
 * reporter. A removed listing stays reportable; a message (in an order conversation or a dispute thread)
 * only by a party to its order; a review only while the reporter can see it.
 */
async function ownerOf(trx: Transaction<DB>, type: ReportRow['target_type'], id: string, reporterId: string, now: Date): Promise<string | undefined> {
  if (type === 'listing') return (await findListing(trx, id))?.seller_id;
  if (type === 'review') return reviewAuthorVisibleTo(trx, id, reporterId, now);
  if (type === 'message') {
    const message = (await findOrderMessage(trx, id)) ?? (await findDisputeMessage(trx, id));
    const order = message && (await findOrder(trx, message.order_id));
    return order && (order.buyer_id === reporterId || order.seller_id === reporterId) ? message.author_id : undefined;
  }
  return (await userExists(trx, id)) ? id : undefined;
}

const TARGET_NAMES = { listing: 'Listing', user: 'User', message: 'Message', review: 'Review' } as const;

export async function createReport(ctx: AppContext, reporterId: string, input: z.infer<typeof CreateReportBody>): Promise<ReportRow> {
  const now = ctx.clock.now();
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const owner = await ownerOf(trx, input.target_type, input.target_id, reporterId, now);
      if (!owner) throw notFound(TARGET_NAMES[input.target_type]);
      if (owner === reporterId) throw unprocessable('own_target', 'You cannot report yourself or your own listing, message or review', 'target_id');
      const report = await insertReport(trx, {
        reporter_id: reporterId, target_type: input.target_type, target_id: input.target_id, reason: input.reason, note: input.note || null, created_at: now,
      });
      await appendEvents(trx, [{
        type: 'report.created', aggregateType: 'report', aggregateId: report.id, occurredAt: now,
        payload: { report_id: report.id, reporter_id: reporterId, target_type: report.target_type, target_id: report.target_id, reason: report.reason },
      }]);
      // A reported review goes to the review queue too, where it can be published or removed.
      if (report.target_type === 'review') await holdReportedReview(trx, report.target_id, report.id, now);
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
