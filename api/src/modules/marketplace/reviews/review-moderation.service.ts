import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB, ReviewDecisionKind, ReviewRow, ReviewStatus } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { conflict, invalid, notFound } from '../../../errors';
import { appendAudit } from '../../platform/audit';
import { appendEvents } from '../../platform/outbox';
import { findAdminReview } from './review-queue.read-model';
import { lockReview } from './reviews.repository';
import { isPartyToReview } from './reviews.service';

const TARGET: Record<ReviewDecisionKind, ReviewStatus> = { publish: 'published', remove: 'removed' };

interface Applied {
  staffId: string;
  now: Date;
  batchId: string | null;
}

/** One status change with its history row, audit entry and outbox event (the caller holds the row lock). */
async function setStatus(
  trx: Transaction<DB>,
  review: ReviewRow,
  decision: ReviewDecisionKind | 'undo',
  to: ReviewStatus,
  removedReason: string | null,
  reason: string | null,
  a: Applied,
) {
  // The permission does not stretch to a review by or about oneself: as if it did not exist.
  if (isPartyToReview(review, a.staffId)) throw notFound('Review');
  await trx.updateTable('reviews').set({ status: to, removed_reason: removedReason, decided_by: a.staffId, decided_at: a.now }).where('id', '=', review.id).execute();
  await trx
    .insertInto('review_decisions')
    .values({
      review_id: review.id,
      batch_id: decision === 'undo' ? null : a.batchId,
      decision,
      from_status: review.status,
      from_removed_reason: review.removed_reason,
      to_status: to,
      reason,
      staff_id: a.staffId,
      created_at: a.now,
    })
    .execute();
  const details = { from_status: review.status, to_status: to, reason, batch_id: a.batchId };
  await appendAudit(trx, { actorId: a.staffId, action: `review.${decision}`, entityType: 'review', entityId: review.id, details, at: a.now });
  await appendEvents(trx, [
    {
      type: decision === 'undo' ? 'review.decision_undone' : `review.${TARGET[decision]}`,
      aggregateType: 'review',
      aggregateId: review.id,
      occurredAt: a.now,
      payload: { review_id: review.id, subject_id: review.subject_id, decided_by: a.staffId, ...details },
    },
  ]);
}

/**
 * Publish (from flagged or removed) or remove (with a reason) one review, inside the caller's transaction
 * (an actioned report removes the review with its verdict).
 */
export async function applyReviewDecision(
  trx: Transaction<DB>,
  staffId: string,
  reviewId: string,
  decision: ReviewDecisionKind,
  reason: string | undefined,
  now: Date,
): Promise<void> {
  const review = await lockReview(trx, reviewId);
  if (!review) throw notFound('Review');
  const to = TARGET[decision];
  if (review.status === to) throw conflict(`review_already_${to}`, `This review is already ${to}`);
  await setStatus(trx, review, decision, to, decision === 'remove' ? reason! : null, reason ?? null, { staffId, now, batchId: null });
}

/** `applyReviewDecision` in its own transaction. */
export async function decideReview(ctx: AppContext, staffId: string, reviewId: string, decision: ReviewDecisionKind, reason: string | undefined) {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    await applyReviewDecision(trx, staffId, reviewId, decision, reason, now);
    return findAdminReview(trx, reviewId);
  });
}

/**
 * One decision over up to 100 reviews in one transaction, recorded as a batch that can be undone.
 * Reviews already in the target status are left alone and listed as skipped (the listing queue's shape).
 */
export async function bulkDecide(ctx: AppContext, staffId: string, ids: string[], decision: ReviewDecisionKind, reason: string | undefined) {
  const now = ctx.clock.now();
  const unique = [...new Set(ids)].sort();
  return inTransaction(ctx.db, async (trx) => {
    // Locked in id order, so two overlapping batches cannot deadlock.
    const reviews = (await trx.selectFrom('reviews').selectAll().where('id', 'in', unique).orderBy('id').forUpdate().execute()).filter((r) => !isPartyToReview(r, staffId));
    // One's own reviews are unknown ones: the whole call is refused, without saying which exist.
    const found = new Set(reviews.map((r) => r.id));
    const missing = unique.filter((id) => !found.has(id));
    if (missing.length > 0) throw invalid('unknown_reviews', `No such reviews: ${missing.join(', ')}`, 'ids');
    const batch = await trx
      .insertInto('review_decision_batches')
      .values({ decision, reason: reason ?? null, staff_id: staffId, created_at: now, undone_by: null, undone_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const to = TARGET[decision];
    const applied: string[] = [];
    const skipped: { id: string; reason: 'already_in_status' }[] = [];
    for (const review of reviews) {
      if (review.status === to) {
        skipped.push({ id: review.id, reason: 'already_in_status' });
        continue;
      }
      await setStatus(trx, review, decision, to, decision === 'remove' ? reason! : null, reason ?? null, { staffId, now, batchId: batch.id });
      applied.push(review.id);
    }
    return { batch_id: batch.id, applied, skipped };
  });
}

/**
 * Puts each review of a batch back to its status before the batch — only where nobody changed the
 * review since (its latest decision is still the batch's, and a report has not re-flagged it).
 */
export async function undoBatch(ctx: AppContext, staffId: string, batchId: string) {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const batch = await trx.selectFrom('review_decision_batches').selectAll().where('id', '=', batchId).forUpdate().executeTakeFirst();
    if (!batch) throw notFound('Batch');
    if (batch.undone_at) throw conflict('batch_already_undone', 'This batch has already been undone');
    const entries = await trx.selectFrom('review_decisions').selectAll().where('batch_id', '=', batchId).orderBy('review_id').execute();
    const restored: string[] = [];
    const skipped: { id: string; reason: 'changed_since' }[] = [];
    for (const entry of entries) {
      const review = (await lockReview(trx, entry.review_id))!;
      const latest = await trx.selectFrom('review_decisions').select('id').where('review_id', '=', review.id).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
      if (latest.id !== entry.id || review.status !== entry.to_status) {
        skipped.push({ id: review.id, reason: 'changed_since' });
        continue;
      }
      await setStatus(trx, review, 'undo', entry.from_status, entry.from_removed_reason, `undo of batch ${batchId}`, { staffId, now, batchId });
      restored.push(review.id);
    }
    await trx.updateTable('review_decision_batches').set({ undone_by: staffId, undone_at: now }).where('id', '=', batchId).execute();
    return { batch_id: batchId, restored, skipped };
  });
}
