import { z } from 'zod';
import { Uuid } from '../../../http/ids';

export const REVIEW_STATUSES = ['published', 'flagged', 'removed'] as const;
export const REVIEW_DECISIONS = ['publish', 'remove'] as const;
export const MAX_BULK = 100;

const Stars = z.number({ error: 'must be a whole number from 1 to 5' }).int('must be a whole number from 1 to 5').min(1, 'must be at least 1').max(5, 'must be at most 5');
const Text = z.string({ error: 'is required' }).trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters');

// Which sub-ratings apply depends on the author's side of the order (checked by the service):
// a buyer rates item_as_described, communication and shipping; a seller rates communication and payment.
export const CreateReviewBody = z
  .strictObject({
    rating: Stars,
    item_as_described: Stars.optional(),
    communication: Stars,
    shipping: Stars.optional(),
    payment: Stars.optional(),
    text: Text,
  })
  .meta({ examples: [{ rating: 5, item_as_described: 5, communication: 4, shipping: 5, text: 'As described, well packed' }] });

export const ReplyBody = z.strictObject({ text: Text });

export const ReviewIdParams = z.strictObject({ id: Uuid.describe('The review’s id') });
export const BatchIdParams = z.strictObject({ batchId: Uuid.describe('The batch_id a bulk decision returned') });

export const ReviewQueueQuery = z.strictObject({
  status: z
    .enum(REVIEW_STATUSES, { error: `must be one of ${REVIEW_STATUSES.join(', ')}` })
    .default('flagged')
    .describe('Reviews in this status'),
});

const Decision = z.enum(REVIEW_DECISIONS, { error: 'must be publish or remove' });
const Reason = z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters');
const reasonForRemoval = <T extends { decision: string; reason?: string }>(b: T, ctx: z.RefinementCtx) => {
  if (b.decision === 'remove' && !b.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'is required to remove a review' });
};

export const DecisionBody = z.strictObject({ decision: Decision, reason: Reason.optional() }).superRefine(reasonForRemoval);

export const BulkDecisionBody = z
  .strictObject({
    ids: z.array(Uuid, { error: 'must be an array of review ids' }).min(1, 'must list at least one review').max(MAX_BULK, `must list at most ${MAX_BULK} reviews`),
    decision: Decision,
    reason: Reason.optional(),
  })
  .superRefine(reasonForRemoval);

const SubRatings = {
  item_as_described: z.number().int().nullable(),
  communication: z.number().int(),
  shipping: z.number().int().nullable(),
  payment: z.number().int().nullable(),
};

export const ReviewResponse = z
  .object({
    id: z.uuid(),
    order_id: z.uuid(),
    author_id: z.uuid(),
    author_name: z.string(),
    subject_id: z.uuid(),
    author_role: z.enum(['buyer', 'seller']),
    rating: z.number().int(),
    ...SubRatings,
    text: z.string(),
    status: z.enum(REVIEW_STATUSES),
    visible_at: z.iso.datetime(),
    reply: z.string().nullable(),
    replied_at: z.iso.datetime().nullable(),
    created_at: z.iso.datetime(),
  })
  .meta({ id: 'Review' });

export const AdminReviewResponse = ReviewResponse.extend({
  subject_name: z.string(),
  listing_title: z.string(),
  flags: z.array(z.string()),
  removed_reason: z.string().nullable(),
  decided_by: z.uuid().nullable(),
  decided_at: z.iso.datetime().nullable(),
}).meta({ id: 'AdminReview', description: 'A review as moderators see it, with its parties, flags and decision' });

export const ReputationResponse = z
  .object({
    user_id: z.uuid(),
    score: z.number(),
    count: z.number().int(),
    average: z.number().nullable(),
    sub_ratings: z.object({ item_as_described: z.number().nullable(), communication: z.number().nullable(), shipping: z.number().nullable(), payment: z.number().nullable() }),
    prior: z.object({ mean: z.number(), weight: z.number().int() }),
  })
  .meta({ id: 'Reputation', description: 'A Bayesian average over visible, unremoved reviews' });

export const BulkDecisionResponse = z
  .object({
    batch_id: z.uuid(),
    applied: z.array(z.uuid()),
    skipped: z.array(z.object({ id: z.uuid(), reason: z.enum(['already_in_status']) })),
  })
  .meta({ id: 'ReviewBulkDecisionResult' });

export const UndoResponse = z
  .object({ batch_id: z.uuid(), restored: z.array(z.uuid()), skipped: z.array(z.object({ id: z.uuid(), reason: z.enum(['changed_since']) })) })
  .meta({ id: 'ReviewBulkUndoResult' });
