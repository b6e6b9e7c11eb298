import { PageQuery, page, pageResponse } from '../../../http/pagination';
import { route } from '../../../http/route';
import { ListingIdParams, ListingResponse, toListingResponse } from '../../marketplace/listings';
import { notFound } from '../../../errors';
import { findQueuedListing, listQueue, withReviewDetails } from './moderation-queue.read-model';
import { BatchIdParams, BulkDecisionBody, BulkDecisionResponse, ListingDecisionBody, ListingQueueQuery, QueuedListingResponse, UndoResponse } from './listing-moderation.schemas';
import { decideListing, decideListingsInBulk, undoBulkDecision } from './listing-moderation.service';

export const listingModerationRoutes = [
  route({
    method: 'get',
    path: '/v1/admin/listings',
    operationId: 'adminListListings',
    tag: 'admin',
    access: 'listings.moderate',
    summary:
      'The listing review queue by status (default pending_review), newest first, with flags, seller and photos (each with its safety verdict and any reuse match); never the caller’s own',
    query: PageQuery.extend(ListingQueueQuery.shape).strict(),
    responses: { 200: { description: 'A page of listings', schema: pageResponse(QueuedListingResponse) } },
    handler: async ({ ctx, user, query }) => {
      const rows = await listQueue(ctx.db, { ...query, viewerId: user.id });
      return { status: 200, body: page(rows, query.limit, await withReviewDetails(ctx.db, rows)) };
    },
  }),
  route({
    method: 'get',
    path: '/v1/admin/listings/:id',
    operationId: 'adminGetListing',
    tag: 'admin',
    access: 'listings.moderate',
    summary: 'One listing as the review queue shows it (flags, seller, photos with their verdicts), in any status: where a reused photo’s match leads; never the caller’s own',
    params: ListingIdParams,
    responses: {
      200: { description: 'The listing', schema: QueuedListingResponse },
      404: { description: 'No such listing (or the caller’s own)' },
    },
    handler: async ({ ctx, user, params }) => {
      const row = await findQueuedListing(ctx.db, params.id, user.id);
      if (!row) throw notFound('listing');
      return { status: 200, body: (await withReviewDetails(ctx.db, [row]))(row) };
    },
  }),
  route({
    method: 'post',
    path: '/v1/admin/listings/:id/decision',
    operationId: 'adminDecideListing',
    tag: 'admin',
    access: 'listings.moderate',
    idempotent: true,
    summary: 'Approve, request changes to (note required) or reject (note required) a listing',
    params: ListingIdParams,
    body: ListingDecisionBody,
    responses: {
      200: { description: 'The listing after the decision', schema: ListingResponse },
      404: { description: 'No such listing (or the caller’s own)' },
      409: { description: 'listing_not_moderatable: the decision does not apply in the listing’s status' },
    },
    handler: async ({ ctx, user, params, body }) => ({ status: 200, body: toListingResponse(await decideListing(ctx, user.id, params.id, body.decision, body.note ?? null)) }),
  }),
  route({
    method: 'post',
    path: '/v1/admin/listings/bulk-decision',
    operationId: 'adminBulkDecideListings',
    tag: 'admin',
    access: 'listings.moderate',
    idempotent: true,
    summary: 'One decision over up to 100 listings, as a batch that can be undone',
    body: BulkDecisionBody,
    responses: { 200: { description: 'The batch: listings decided and listings skipped', schema: BulkDecisionResponse } },
    handler: async ({ ctx, user, body }) => ({ status: 200, body: await decideListingsInBulk(ctx, user.id, body.ids, body.decision, body.note ?? null) }),
  }),
  route({
    method: 'post',
    path: '/v1/admin/listings/bulk-decision/:batchId/undo',
    operationId: 'adminUndoListingBulkDecision',
    tag: 'admin',
    access: 'listings.moderate',
    idempotent: true,
    summary: 'Undo a bulk decision: each listing unchanged since goes back to its previous status',
    params: BatchIdParams,
    responses: {
      200: { description: 'Listings restored and listings skipped because they changed since', schema: UndoResponse },
      404: { description: 'No such batch' },
      409: { description: 'batch_already_undone' },
    },
    handler: async ({ ctx, user, params }) => ({ status: 200, body: await undoBulkDecision(ctx, user.id, params.batchId) }),
  }),
];
