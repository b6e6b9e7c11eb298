import { notFound } from '../../../errors';
import { page, pageResponse } from '../../../http/pagination';
import { CREATES_CONTENT, type RateLimitRule, route } from '../../../http/route';
import { completedSalesOf } from '../orders';
import { ListingWithImagesResponse, imagesOf } from '../listing-images';
import { UserIdParams } from '../../platform/staff';
import { EMAIL_UNVERIFIED_RESPONSE, assertEmailVerified, findProfileUser } from '../users';
import { priceHistory } from './listing-changes';
import type { LifecycleCommand } from './listing-lifecycle';
import { applyLifecycle } from './listing-lifecycle.service';
import { findVisibleListing, isListingShownTo, listActiveListingsOf, listSellerListings, toListingResponse } from './listings.repository';
import { CreateListingBody, EditListingBody, ListingIdParams, ListingResponse, MyListingsQuery, PriceHistoryResponse, UserListingsQuery } from './listings.schemas';
import { createListing, editListing } from './listings.service';
import { SearchListingsQuery, SearchResponse } from './search.schemas';
import { searchListings } from './search.service';

const SEARCHES: RateLimitRule[] = [{ budget: 'search_ip', per: 'ip' }];

/** One seller command of the listing lifecycle (listing-lifecycle.ts) as a POST on the listing. */
const lifecycleRoute = (command: LifecycleCommand, path: string, operationId: string, summary: string, refused: string) =>
  route({
    method: 'post',
    path: `/v1/listings/:id/${path}`,
    operationId,
    tag: 'listings',
    access: 'user',
    summary,
    params: ListingIdParams,
    responses: {
      200: { description: 'The listing in its new status', schema: ListingResponse },
      404: { description: 'No such listing of yours' },
      409: { description: `listing_transition_refused: ${refused}; seller_onboarding_required when payments are not set up yet` },
    },
    handler: async ({ ctx, user, params }) => ({ status: 200, body: toListingResponse(await applyLifecycle(ctx, user.id, params.id, command, completedSalesOf)) }),
  });

export const listingsRoutes = [
  route({
    method: 'post',
    path: '/v1/listings',
    operationId: 'createListing',
    tag: 'listings',
    access: 'user',
    summary: 'Put an item up for sale (a new seller’s or a flagged listing waits for review), or keep it as a draft',
    rateLimit: CREATES_CONTENT,
    body: CreateListingBody,
    idempotent: true,
    responses: {
      201: { description: 'Listing created, `active` or `pending_review` (`draft` when asked)', schema: ListingResponse },
      403: EMAIL_UNVERIFIED_RESPONSE,
      422: { description: 'invalid_attributes: an attribute the category does not take, a wrong value or a required one missing; location_incomplete: lat without lng' },
      409: { description: 'seller_onboarding_required: the payment provider has not enabled charges for the seller yet' },
    },
    handler: async ({ ctx, user, body }) => {
      assertEmailVerified(ctx.config, user);
      return { status: 201, body: toListingResponse(await createListing(ctx, user.id, body, completedSalesOf)) };
    },
  }),
  route({
    method: 'patch',
    path: '/v1/listings/:id',
    operationId: 'updateListing',
    tag: 'listings',
    access: 'user',
    summary: 'Edit your listing; a listing sent back for changes returns to review',
    params: ListingIdParams,
    body: EditListingBody,
    responses: {
      200: { description: 'The edited listing', schema: ListingResponse },
      404: { description: 'No such listing of yours' },
      409: { description: 'listing_not_editable: reserved, sold, rejected or removed' },
      422: { description: 'invalid_attributes or location_incomplete, as on create' },
    },
    handler: async ({ ctx, user, params, body }) => ({ status: 200, body: toListingResponse(await editListing(ctx, user.id, params.id, body, completedSalesOf)) }),
  }),
  lifecycleRoute('publish', 'publish', 'publishListing', 'Put your draft on the market, through the same review as a new listing', 'only a draft can be published'),
  lifecycleRoute(
    'withdraw',
    'withdraw',
    'withdrawListing',
    'Take your listing off the market (or out of the review queue); relist it later',
    'only an active, pending_review or changes_requested listing can be withdrawn',
  ),
  lifecycleRoute('relist', 'relist', 'relistListing', 'Put your withdrawn listing back on the market, reviewed again like a new one', 'only a withdrawn listing can be relisted'),
  lifecycleRoute(
    'mark_sold',
    'mark-sold',
    'markListingSold',
    'Mark your listing as sold elsewhere (not while a buyer’s order holds it)',
    'only an active listing can be marked sold (a reserved one is in a buyer’s order)',
  ),
  route({
    method: 'get',
    path: '/v1/listings/:id/price-history',
    operationId: 'getListingPriceHistory',
    tag: 'listings',
    access: 'public',
    summary: 'Every price a listing had, oldest first (for a listing you may see, or your own)',
    params: ListingIdParams,
    responses: { 200: { description: 'The listing’s prices', schema: PriceHistoryResponse }, 404: { description: 'No such listing' } },
    handler: async ({ ctx, params, viewer }) => {
      if (!(await isListingShownTo(ctx.db, params.id, viewer?.id))) throw notFound('Listing');
      const prices = await priceHistory(ctx.db, params.id);
      return { status: 200, body: { data: prices.map((p) => ({ price: { amount: p.amount, currency: p.currency }, changed_at: p.changed_at.toISOString() })) } };
    },
  }),
  route({
    method: 'get',
    path: '/v1/me/listings',
    operationId: 'listMyListings',
    tag: 'listings',
    access: 'user',
    summary: 'Your listings in every status, with the moderator’s note',
    query: MyListingsQuery,
    responses: { 200: { description: 'A page of your listings, newest first, with their photos', schema: pageResponse(ListingWithImagesResponse) } },
    handler: async ({ ctx, user, query }) => {
      const rows = await listSellerListings(ctx.db, user.id, query);
      const images = await imagesOf(
        ctx.db,
        rows.map((l) => l.id),
      );
      return { status: 200, body: page(rows, query.limit, (l) => ({ ...toListingResponse(l), images: images.get(l.id) ?? [] })) };
    },
  }),
  route({
    method: 'get',
    path: '/v1/listings',
    operationId: 'searchListings',
    tag: 'listings',
    access: 'public',
    summary: 'Search active listings: text (stems, accents, typos), filters, five sorts, facets; signed in, without those of sellers who blocked you',
    rateLimit: SEARCHES,
    query: SearchListingsQuery,
    responses: { 200: { description: 'A page of hits in the chosen sort, with facet counts on the first page', schema: SearchResponse } },
    handler: async ({ ctx, query, viewer }) => ({
      status: 200,
      body: await searchListings(
        ctx.db,
        { ...query, viewerId: viewer?.id },
        { facetCap: ctx.config.SEARCH_FACET_ROW_CAP, recentDays: ctx.config.SEARCH_RECENT_DAYS, now: ctx.clock.now() },
      ),
    }),
  }),
  route({
    method: 'get',
    path: '/v1/listings/:id',
    operationId: 'getListing',
    tag: 'listings',
    access: 'public',
    summary: 'One listing (never one under review or removed, nor, signed in, one whose seller blocked you)',
    params: ListingIdParams,
    responses: { 200: { description: 'The listing with its photos, cover first', schema: ListingWithImagesResponse }, 404: { description: 'No such listing' } },
    handler: async ({ ctx, params, viewer }) => {
      const listing = await findVisibleListing(ctx.db, params.id, viewer?.id);
      if (!listing) throw notFound('Listing');
      const images = await imagesOf(ctx.db, [listing.id]);
      return { status: 200, body: { ...toListingResponse(listing), images: images.get(listing.id) ?? [] } };
    },
  }),
  route({
    method: 'get',
    path: '/v1/users/:id/listings',
    operationId: 'listUserListings',
    tag: 'users',
    access: 'public',
    summary: 'A seller’s active listings, newest first (none when, signed in, the seller blocked you)',
    params: UserIdParams,
    query: UserListingsQuery,
    responses: { 200: { description: 'A page of listings', schema: pageResponse(ListingResponse) }, 404: { description: 'No such user (or suspended)' } },
    handler: async ({ ctx, params, query, viewer }) => {
      if (!(await findProfileUser(ctx.db, params.id))) throw notFound('User');
      return { status: 200, body: page(await listActiveListingsOf(ctx.db, params.id, { ...query, viewerId: viewer?.id }), query.limit, toListingResponse) };
    },
  }),
];
