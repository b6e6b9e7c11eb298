import { z } from 'zod';
import { notFound } from '../../../errors';
import { PageQuery, page, pageResponse } from '../../../http/pagination';
import { CREATES_CONTENT, route } from '../../../http/route';
import { OrderIdParams } from '../orders';
import { UserIdParams } from '../../platform/staff';
import { isMember } from '../users';
import { listPublicReviews, toReviewResponse } from './reviews.repository';
import { CreateReviewBody, ReplyBody, ReputationResponse, ReviewIdParams, ReviewResponse } from './reviews.schemas';
import { createReview, orderReviewsFor, replyToReview, reputation } from './reviews.service';

export const reviewsRoutes = [
  route({
    method: 'post',
    path: '/v1/orders/:id/reviews',
    operationId: 'createReview',
    tag: 'reviews',
    access: 'user',
    idempotent: true,
    rateLimit: CREATES_CONTENT,
    summary: 'Review the other party of a completed order (once, within the review window; hidden until both reviewed or the window closes)',
    params: OrderIdParams,
    body: CreateReviewBody,
    responses: {
      201: { description: 'The review (status `flagged` when held for moderation)', schema: ReviewResponse },
      403: { description: 'blocked: one of the parties blocked the other' },
      404: { description: 'No such order of yours' },
      409: { description: 'order_not_completed, review_window_closed or already_reviewed' },
      422: { description: 'sub_rating_required or sub_rating_not_applicable for the author’s side' },
    },
    handler: async ({ ctx, user, params, body }) => ({ status: 201, body: toReviewResponse(await createReview(ctx, user.id, params.id, body)) }),
  }),
  route({
    method: 'get',
    path: '/v1/orders/:id/reviews',
    operationId: 'listOrderReviews',
    tag: 'reviews',
    access: 'user',
    summary: 'The order’s reviews as a party sees them: your own, and the other’s once visible',
    params: OrderIdParams,
    responses: { 200: { description: 'Reviews', schema: z.object({ data: z.array(ReviewResponse) }) }, 404: { description: 'No such order of yours' } },
    handler: async ({ ctx, user, params }) => ({ status: 200, body: { data: (await orderReviewsFor(ctx, user.id, params.id)).map(toReviewResponse) } }),
  }),
  route({
    method: 'post',
    path: '/v1/reviews/:id/reply',
    operationId: 'replyToReview',
    tag: 'reviews',
    access: 'user',
    idempotent: true,
    rateLimit: CREATES_CONTENT,
    summary: 'Reply once to a visible review about you',
    params: ReviewIdParams,
    body: ReplyBody,
    responses: {
      200: { description: 'The review with its reply', schema: ReviewResponse },
      404: { description: 'No such review about you (or not visible yet)' },
      409: { description: 'already_replied' },
      422: { description: 'reply_not_allowed: contact details, links or profanity' },
    },
    handler: async ({ ctx, user, params, body }) => ({ status: 200, body: toReviewResponse(await replyToReview(ctx, user.id, params.id, body.text)) }),
  }),
  route({
    method: 'get',
    path: '/v1/users/:id/reviews',
    operationId: 'listUserReviews',
    tag: 'reviews',
    access: 'public',
    summary: 'Published, visible reviews about a user, newest first',
    params: UserIdParams,
    query: PageQuery.strict(),
    responses: { 200: { description: 'A page of reviews', schema: pageResponse(ReviewResponse) }, 404: { description: 'No such user (or a deleted account)' } },
    handler: async ({ ctx, params, query }) => {
      if (!(await isMember(ctx.db, params.id))) throw notFound('User');
      return { status: 200, body: page(await listPublicReviews(ctx.db, params.id, ctx.clock.now(), query.limit, query.cursor), query.limit, toReviewResponse) };
    },
  }),
  route({
    method: 'get',
    path: '/v1/users/:id/reputation',
    operationId: 'getUserReputation',
    tag: 'reviews',
    access: 'public',
    summary: 'A user’s reputation: a Bayesian average over visible reviews, without removed ones or those by confirmed fraudsters',
    params: UserIdParams,
    responses: { 200: { description: 'Reputation', schema: ReputationResponse }, 404: { description: 'No such user (or a deleted account)' } },
    handler: async ({ ctx, params }) => {
      if (!(await isMember(ctx.db, params.id))) throw notFound('User');
      return { status: 200, body: await reputation(ctx, params.id) };
    },
  }),
];
