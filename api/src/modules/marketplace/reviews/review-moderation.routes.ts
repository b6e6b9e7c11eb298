import { PageQuery, page, pageResponse } from '../../../http/pagination';
import { route } from '../../../http/route';
import { UserIdParams } from '../../platform/staff';
import { mustBeAnotherUser } from '../users';
import { bulkDecide, decideReview, undoBatch } from './review-moderation.service';
import { listReviewQueue, listUserReviewsForStaff, toAdminReviewResponse } from './review-queue.read-model';
import { AdminReviewResponse, BatchIdParams, BulkDecisionBody, BulkDecisionResponse, DecisionBody, ReviewIdParams, ReviewQueueQuery, UndoResponse } from './reviews.schemas';

export const reviewModerationRoutes = [
  route({
    method: 'get',
    path: '/v1/admin/reviews',
    operationId: 'adminListReviews',
    tag: 'admin',
    access: 'reviews.moderate',
    summary: 'The review queue by status (flagged by default), newest first; never a review by or about the caller',
    query: PageQuery.extend(ReviewQueueQuery.shape).strict(),
    responses: { 200: { description: 'A page of reviews with their flags and parties', schema: pageResponse(AdminReviewResponse) } },
    handler: async ({ ctx, user, query }) => ({ status: 200, body: page(await listReviewQueue(ctx.db, { ...query, viewerId: user.id }), query.limit, toAdminReviewResponse) }),
  }),
  route({
    method: 'post',
    path: '/v1/admin/reviews/:id/decision',
    operationId: 'adminDecideReview',
    tag: 'admin',
    access: 'reviews.moderate',
    idempotent: true,
    summary: 'Publish or remove (with a reason) one review',
    params: ReviewIdParams,
    body: DecisionBody,
    responses: {
      200: { description: 'The decided review', schema: AdminReviewResponse },
      404: { description: 'No such review (or it is by or about the caller)' },
      409: { description: 'Already in that status' },
    },
    handler: async ({ ctx, user, params, body }) => ({ status: 200, body: toAdminReviewResponse(await decideReview(ctx, user.id, params.id, body.decision, body.reason)) }),
  }),
  route({
    method: 'post',
    path: '/v1/admin/reviews/bulk-decision',
    operationId: 'adminBulkDecideReviews',
    tag: 'admin',
    access: 'reviews.moderate',
    idempotent: true,
    summary: 'Publish or remove up to 100 reviews in one transaction; returns a batch id to undo it',
    body: BulkDecisionBody,
    responses: {
      200: { description: 'The batch', schema: BulkDecisionResponse },
      422: { description: 'unknown_reviews: some ids name no review (or one by or about the caller)' },
    },
    handler: async ({ ctx, user, body }) => ({ status: 200, body: await bulkDecide(ctx, user.id, body.ids, body.decision, body.reason) }),
  }),
  route({
    method: 'post',
    path: '/v1/admin/reviews/bulk-decision/:batchId/undo',
    operationId: 'adminUndoReviewBulkDecision',
    tag: 'admin',
    access: 'reviews.moderate',
    idempotent: true,
    summary: 'Undo a batch: each review goes back to its previous status unless someone changed it since',
    params: BatchIdParams,
    responses: { 200: { description: 'Restored and skipped reviews', schema: UndoResponse }, 404: { description: 'No such batch' }, 409: { description: 'batch_already_undone' } },
    handler: async ({ ctx, user, params }) => ({ status: 200, body: await undoBatch(ctx, user.id, params.batchId) }),
  }),
  route({
    method: 'get',
    path: '/v1/admin/users/:id/reviews',
    operationId: 'adminListUserReviews',
    tag: 'admin',
    access: 'reviews.moderate',
    summary: 'Every review by or about a user (not the caller), any status, newest first, except those by or about the caller',
    params: UserIdParams,
    query: PageQuery.strict(),
    responses: { 200: { description: 'A page of reviews', schema: pageResponse(AdminReviewResponse) }, 404: { description: 'No such user' } },
    handler: async ({ ctx, user, params, query }) => {
      await mustBeAnotherUser(ctx.db, params.id, user.id);
      return { status: 200, body: page(await listUserReviewsForStaff(ctx.db, params.id, user.id, query.limit, query.cursor), query.limit, toAdminReviewResponse) };
    },
  }),
];
