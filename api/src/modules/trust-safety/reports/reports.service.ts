import type { z } from 'zod';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB, ReportAction, ReportRow } from '../../../db/schema';
import { inTransaction, isUniqueViolation } from '../../../db/transaction';
import { conflict, invalid, notFound } from '../../../errors';
import { appendAudit } from '../../platform/audit';
import { findDisputeMessage } from '../disputes';
import { applyListingCommand } from '../listing-moderation';
import { SELLER_ONLY, findListing, holdReportedListing, lockListing } from '../../marketplace/listings';
import { reportedMessage } from '../../marketplace/conversations';
import { findOrder } from '../../marketplace/orders';
import { appendEvents } from '../../platform/outbox';
import { notify } from '../../marketplace/notifications';
import { applyReviewDecision, holdReportedReview, reviewAuthorVisibleTo } from '../../marketplace/reviews';
import { applyModeration } from '../user-moderation';
import { userExists } from '../../marketplace/users';
import { ACTIONS_BY_TARGET, type CreateReportBody } from './reports.schemas';
import { isReportParty } from './report-party';
import { countOpenReportsOn, decideOpenReportsOn, insertReport, lockReportWithSiblings } from './reports.repository';

export type ReportDecision = 'action' | 'dismiss';

/**
 * Who owns the target (a review or message: its author), or undefined when it does not exist for the
 * reporter. A removed listing stays reportable; one under review is invisible to all but its seller, so
 * reporting it must not confirm it exists. A message (in an order conversation or a dispute thread) only
 * by a party to its order; a review only while the reporter can see it.
 */
async function ownerOf(trx: Transaction<DB>, type: ReportRow['target_type'], id: string, reporterId: string, now: Date): Promise<string | undefined> {
  if (type === 'listing') {
    const listing = await findListing(trx, id);
    return listing && (listing.seller_id === reporterId || !SELLER_ONLY.includes(listing.status)) ? listing.seller_id : undefined;
  }
  if (type === 'review') return reviewAuthorVisibleTo(trx, id, reporterId, now);
  if (type === 'message') {
    const conversationMessage = await reportedMessage(trx, id);
    if (conversationMessage) return [conversationMessage.buyer_id, conversationMessage.seller_id].includes(reporterId) ? conversationMessage.author_id : undefined;
    const message = await findDisputeMessage(trx, id);
    const order = message && (await findOrder(trx, message.order_id));
    return order && (order.buyer_id === reporterId || order.seller_id === reporterId) ? message.author_id : undefined;
  }
  return (await userExists(trx, id)) ? id : undefined;
}

const TARGET_NAMES = { listing: 'Listing', user: 'User', message: 'Message', review: 'Review' } as const;

export async function createReport(ctx: AppContext, reporterId: string, input: z.infer<typeof CreateReportBody>): Promise<ReportRow> {
  const now = ctx.clock.now();
  try {
    return await inTransaction(ctx.db, async (trx) => {
      const owner = await ownerOf(trx, input.target_type, input.target_id, reporterId, now);
      if (!owner) throw notFound(TARGET_NAMES[input.target_type]);
      if (owner === reporterId) throw invalid('own_target', 'You cannot report yourself or your own listing, message or review', 'target_id');
      const report = await insertReport(trx, {
        reporter_id: reporterId,
        target_type: input.target_type,
        target_id: input.target_id,
        reason: input.reason,
        note: input.note || null,
        created_at: now,
      });
      await appendEvents(trx, [
        {
          type: 'report.created',
          aggregateType: 'report',
          aggregateId: report.id,
          occurredAt: now,
          payload: { report_id: report.id, reporter_id: reporterId, target_type: report.target_type, target_id: report.target_id, reason: report.reason },
        },
      ]);
      // A reported review goes to the review queue too, where it can be published or removed.
      if (report.target_type === 'review') await holdReportedReview(trx, report.target_id, report.id, now);
      if (input.target_type === 'listing' && (await holdReportedListing(trx, ctx.config, input.target_id, await countOpenReportsOn(trx, 'listing', input.target_id), now))) {
        await appendEvents(trx, [
          {
            type: 'listing.held_for_review',
            aggregateType: 'listing',
            aggregateId: input.target_id,
            occurredAt: now,
            payload: { listing_id: input.target_id, seller_id: owner, flag: 'reported' },
          },
        ]);
      }
      return report;
    });
  } catch (err) {
    // The partial unique index: this reporter already has an open report on this target.
    if (isUniqueViolation(err, 'reports_one_open_per_reporter_target')) throw conflict('report_already_open', 'You already have an open report on this target');
    throw err;
  }
}

export interface DecidedReport {
  report: ReportRow;
  alsoDecided: ReportRow[];
}

/**
 * A moderator's verdict on a report. `action` takes the action on the target in the same transaction
 * (remove the listing or send it back for changes; warn or suspend the user), so a verdict is never
 * recorded without its effect. Every other open report on the target is decided with it.
 * Attributable: audit entry + outbox event per report, plus the target's own.
 */
export async function decideReport(
  ctx: AppContext,
  staffId: string,
  reportId: string,
  input: { decision: ReportDecision; action?: ReportAction; note: string },
): Promise<DecidedReport> {
  const now = ctx.clock.now();
  const decided = await inTransaction(ctx.db, async (trx) => {
    const report = await lockReportWithSiblings(trx, reportId);
    // Not a report one filed or that is on oneself or what is one's own: as if it did not exist.
    if (!report || (await isReportParty(trx, reportId, staffId))) throw notFound('Report');
    if (report.status !== 'open') throw conflict('report_decided', 'This report is already decided');
    // A reported message belongs to, and is answered on, its author.
    const messageAuthor = report.target_type === 'message' ? (await findMessage(trx, report.target_id))?.author_id : undefined;
    const action = input.decision === 'action' ? (input.action ?? null) : null;
    if (action && !(ACTIONS_BY_TARGET[report.target_type] as readonly ReportAction[]).includes(action)) {
      throw invalid('action_not_for_target', `A ${report.target_type} report takes one of ${ACTIONS_BY_TARGET[report.target_type].join(', ')}`, 'action');
    }
    const suspended = action ? await takeAction(trx, staffId, report, action, input.note, now, messageAuthor) : null;
    const verdict = {
      status: input.decision === 'action' ? ('actioned' as const) : ('dismissed' as const),
      action,
      decision_note: input.note,
      decided_by: staffId,
      decided_at: now,
    };
    const updated = await trx.updateTable('reports').set(verdict).where('id', '=', reportId).returningAll().executeTakeFirstOrThrow();
    const others = await decideOpenReportsOn(trx, report, verdict);
    for (const r of [updated, ...others]) {
      const decidedWith = r.id === reportId ? null : reportId;
      await appendAudit(trx, {
        actorId: staffId,
        action: `report.${input.decision}`,
        entityType: 'report',
        entityId: r.id,
        at: now,
        details: { note: input.note, target_type: r.target_type, target_id: r.target_id, ...(action ? { action } : {}), ...(decidedWith ? { decided_with: decidedWith } : {}) },
      });
      await appendEvents(trx, [
        {
          type: 'report.decided',
          aggregateType: 'report',
          aggregateId: r.id,
          occurredAt: now,
          payload: {
            report_id: r.id,
            decision: input.decision,
            status: verdict.status,
            action,
            target_type: r.target_type,
            target_id: r.target_id,
            decided_by: staffId,
            decided_with: decidedWith,
          },
        },
      ]);
      // The reporter learns that their report was decided, not what was done to whom.
      await notify(trx, r.reporter_id, 'report.resolved', { report_id: r.id, target_type: r.target_type }, now);
    }
    return { report: updated, alsoDecided: others, suspended };
  });
  // After commit: a lookup between forgetting and committing would cache the live session again.
  if (decided.suspended) ctx.sessions.forgetUser(decided.suspended);
  return { report: decided.report, alsoDecided: decided.alsoDecided };
}

/** Applies `action` to the report's target; returns the id of a user it suspended (their sessions are forgotten after commit). */
async function takeAction(
  trx: Transaction<DB>,
  staffId: string,
  report: ReportRow,
  action: ReportAction,
  note: string,
  now: Date,
  messageAuthor: string | undefined,
): Promise<string | null> {
  const via = { report_id: report.id };
  if (action === 'warn_user' || action === 'suspend_user') {
    const userId = report.target_type === 'message' ? messageAuthor : report.target_id;
    if (!userId) throw notFound('Message');
    await applyModeration(trx, staffId, userId, action === 'warn_user' ? 'warn' : 'suspend', note, now, via);
    return action === 'suspend_user' ? userId : null;
  }
  if (action === 'remove_review') {
    await applyReviewDecision(trx, staffId, report.target_id, 'remove', note, now);
    return null;
  }
  const listing = await lockListing(trx, report.target_id);
  if (!listing) throw notFound('Listing');
  await applyListingCommand(trx, staffId, listing, action === 'remove_listing' ? 'remove' : 'request_changes', note, now, { details: via });
  return null;
}

/** A message in a conversation or a dispute thread. */
async function findMessage(trx: Transaction<DB>, id: string) {
  return (await reportedMessage(trx, id)) ?? (await findDisputeMessage(trx, id));
}
