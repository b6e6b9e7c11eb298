import type { z } from 'zod';
import type { Kysely, Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB, ReviewRow } from '../../../db/schema';
import { inTransaction, isUniqueViolation } from '../../../db/transaction';
import { conflict, invalid, notFound } from '../../../errors';
import { sharedFingerprintKinds } from '../../risk/fingerprints';
import { assertNotBlocked } from '../blocks';
import { completedAt, findOrder, lockOrderForParty, partyOf } from '../orders';
import { appendEvents } from '../../platform/outbox';
import { notify } from '../notifications';
import { reputationOf } from './reputation';
import { textFlags } from './review-text-flags';
import { findAdminReview } from './review-queue.read-model';
import { countReviewsAbout, flagReview, insertReview, lockReview, publiclyVisible, reputationInputs, reviewsOfOrder } from './reviews.repository';
import type { CreateReviewBody } from './reviews.schemas';

const DAY_MS = 86_400_000;
// The sub-ratings each side gives: a buyer judges the item and its shipping, a seller the payment.
const SUB_RATINGS = { buyer: ['item_as_described', 'shipping'], seller: ['payment'] } as const;
const NOT_RATED_BY = { buyer: ['payment'], seller: ['item_as_described', 'shipping'] } as const;

function checkSubRatings(role: 'buyer' | 'seller', input: z.infer<typeof CreateReviewBody>): void {
  for (const field of SUB_RATINGS[role]) {
    if (input[field] === undefined) throw invalid('sub_rating_required', `${field} is required when the ${role} reviews`, field);
  }
  for (const field of NOT_RATED_BY[role]) {
    if (input[field] !== undefined) throw invalid('sub_rating_not_applicable', `A ${role} does not rate ${field}`, field);
  }
}

/** Flags that need the database: a device or card shared by author and subject, a burst of reviews for one seller. */
async function contextFlags(ctx: AppContext, trx: Transaction<DB>, authorId: string, subjectId: string, subjectIsSeller: boolean, now: Date): Promise<string[]> {
  const flags = (await sharedFingerprintKinds(trx, authorId, subjectId)).map((kind) => `shared_${kind}`).sort();
  if (subjectIsSeller) {
    const since = new Date(now.getTime() - ctx.config.REVIEW_BURST_MINUTES * 60_000);
    // This review is the one that makes the count.
    if ((await countReviewsAbout(trx, subjectId, since)) + 1 >= ctx.config.REVIEW_BURST_COUNT) flags.push('burst');
  }
  return flags;
}

/**
 * A party of a completed order reviews the other party, once, within the window. Double-blind: the
 * review becomes visible when the other party has reviewed too (both at that moment) or when the
 * window closes, whichever is first — recorded as `visible_at`, so no job has to flip anything.
 * The order row is locked, so two parties reviewing at once serialise.
 */
export async function createReview(ctx: AppContext, authorId: string, orderId: string, input: z.infer<typeof CreateReviewBody>) {
  const now = ctx.clock.now();
  try {
    return await inTransaction(ctx.db, async (trx) => {
      const { order, actor } = await lockOrderForParty(trx, orderId, authorId);
      const role = actor as 'buyer' | 'seller';
      if (order.status !== 'completed') throw conflict('order_not_completed', 'Only a completed order can be reviewed');
      const completed = await completedAt(trx, order.id);
      const windowEnd = new Date((completed ?? order.updated_at).getTime() + ctx.config.REVIEW_WINDOW_DAYS * DAY_MS);
      if (now >= windowEnd) throw conflict('review_window_closed', `Reviews close ${ctx.config.REVIEW_WINDOW_DAYS} days after completion`);
      checkSubRatings(role, input);
      const subjectId = role === 'buyer' ? order.seller_id : order.buyer_id;
      await assertNotBlocked(trx, authorId, subjectId);
      const counterpart = await trx.selectFrom('reviews').select('id').where('order_id', '=', order.id).where('author_id', '=', subjectId).executeTakeFirst();
      const flags = [...textFlags(input.text), ...(await contextFlags(ctx, trx, authorId, subjectId, role === 'buyer', now))];
      const review = await insertReview(trx, {
        order_id: order.id,
        author_id: authorId,
        subject_id: subjectId,
        author_role: role,
        rating: input.rating,
        item_as_described: input.item_as_described ?? null,
        communication: input.communication,
        shipping: input.shipping ?? null,
        payment: input.payment ?? null,
        text: input.text,
        status: flags.length > 0 ? 'flagged' : 'published',
        flags,
        visible_at: counterpart ? now : windowEnd,
        created_at: now,
      });
      if (counterpart) await trx.updateTable('reviews').set({ visible_at: now }).where('id', '=', counterpart.id).where('visible_at', '>', now).execute();
      await appendEvents(trx, [
        {
          type: 'review.submitted',
          aggregateType: 'review',
          aggregateId: review.id,
          occurredAt: now,
          payload: { review_id: review.id, order_id: order.id, author_id: authorId, subject_id: subjectId, author_role: role, rating: review.rating, status: review.status, flags },
        },
      ]);
      // A flagged review waits for the moderators: its subject hears of it only if it is published.
      if (review.status === 'published') await notify(trx, subjectId, 'review.received', { review_id: review.id, order_id: order.id }, now);
      return findAdminReview(trx, review.id);
    });
  } catch (err) {
    if (isUniqueViolation(err, 'reviews_one_per_author_order')) throw conflict('already_reviewed', 'You have already reviewed this order');
    throw err;
  }
}

/** The reviewed party answers a visible review, once. Before it is visible it does not exist for them. */
export async function replyToReview(ctx: AppContext, userId: string, reviewId: string, text: string) {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const review = await lockReview(trx, reviewId);
    if (!review || review.subject_id !== userId || !publiclyVisible(review, now)) throw notFound('Review');
    if (review.reply !== null) throw conflict('already_replied', 'You have already replied to this review');
    // A reply is public at once, so it may not carry what would send a review to the moderators.
    const flags = textFlags(text);
    if (flags.length > 0) throw invalid('reply_not_allowed', `Replies may not contain ${flags.join(', ').replace(/_/g, ' ')}`, 'text');
    await trx.updateTable('reviews').set({ reply: text, replied_at: now }).where('id', '=', reviewId).execute();
    await appendEvents(trx, [
      {
        type: 'review.replied',
        aggregateType: 'review',
        aggregateId: reviewId,
        occurredAt: now,
        payload: { review_id: reviewId, subject_id: userId },
      },
    ]);
    return findAdminReview(trx, reviewId);
  });
}

export async function reputation(ctx: AppContext, userId: string) {
  const rows = await reputationInputs(ctx.db, userId, ctx.clock.now());
  const prior = { mean: ctx.config.REPUTATION_PRIOR_MEAN, weight: ctx.config.REPUTATION_PRIOR_WEIGHT };
  return { user_id: userId, ...reputationOf(rows, prior), prior };
}

/** For a report on a review: its author, if the reporter may see the review (else it does not exist for them). */
export async function reviewAuthorVisibleTo(trx: Transaction<DB>, reviewId: string, reporterId: string, now: Date): Promise<string | undefined> {
  const review = await trx.selectFrom('reviews').select(['author_id', 'status', 'visible_at']).where('id', '=', reviewId).executeTakeFirst();
  if (!review) return undefined;
  return publiclyVisible(review, now) || review.author_id === reporterId ? review.author_id : undefined;
}

/** Whether the user wrote the review or is its subject: such staff neither see nor moderate it (404). */
export const isPartyToReview = (review: { author_id: string; subject_id: string }, userId: string): boolean => review.author_id === userId || review.subject_id === userId;

export async function isReviewParty(db: Kysely<DB>, reviewId: string, userId: string): Promise<boolean> {
  const review = await db.selectFrom('reviews').select(['author_id', 'subject_id']).where('id', '=', reviewId).executeTakeFirst();
  return review !== undefined && isPartyToReview(review, userId);
}

/** A report holds the review for the moderators (flag `reported`). */
export async function holdReportedReview(trx: Transaction<DB>, reviewId: string, reportId: string, now: Date): Promise<ReviewRow> {
  const review = await flagReview(trx, reviewId, 'reported');
  await appendEvents(trx, [
    {
      type: 'review.flagged',
      aggregateType: 'review',
      aggregateId: reviewId,
      occurredAt: now,
      payload: { review_id: reviewId, flag: 'reported', report_id: reportId, status: review.status },
    },
  ]);
  return review;
}

/** A party's view of an order's reviews: their own always, the other party's once it is visible. */
export async function orderReviewsFor(ctx: AppContext, userId: string, orderId: string) {
  const now = ctx.clock.now();
  partyOf(await findOrder(ctx.db, orderId), userId);
  return (await reviewsOfOrder(ctx.db, orderId)).filter((r) => r.author_id === userId || publiclyVisible(r, now));
}
