import { notFound } from '../../../errors';
import { page, pageResponse } from '../../../http/pagination';
import { CREATES_CONTENT, type RateLimitRule, route } from '../../../http/route';
import { completedSalesOf } from '../orders';
import { UserIdParams } from '../../platform/staff';
import { EMAIL_UNVERIFIED_RESPONSE, assertEmailVerified, findProfileUser } from '../users';
import { findVisibleListing, listActiveListingsOf, listSellerListings, toListingResponse } from './listings.repository';
import { CreateListingBody, EditListingBody, ListingIdParams, ListingResponse, MyListingsQuery, UserListingsQuery } from './listings.schemas';
import { SearchListingsQuery, SearchResponse } from './search.schemas';
import { searchListings } from './search.service';
import { createListing, editListing } from './listings.service';

const SEARCHES: RateLimitRule[] = [{ budget: 'search_ip', per: 'ip' }];

export const listingsRoutes = [
  route({
    method: 'post',
    path: '/v1/listings',
    operationId: 'createListing',
    tag: 'listings',
    access: 'user',
    summary: 'Put an item up for sale (a new seller’s or a flagged listing waits for review)',
    rateLimit: CREATES_CONTENT,
    body: CreateListingBody,
    idempotent: true,
    responses: {
      201: { description: 'Listing created, `active` or `pending_review`', schema: ListingResponse },
      403: EMAIL_UNVERIFIED_RESPONSE,
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
    },
    handler: async ({ ctx, user, params, body }) => ({ status: 200, body: toListingResponse(await editListing(ctx, user.id, params.id, body, completedSalesOf)) }),
  }),
  route({
    method: 'get',
    path: '/v1/me/listings',
    operationId: 'listMyListings',
    tag: 'listings',
    access: 'user',
    summary: 'Your listings in every status, with the moderator’s note',
    query: MyListingsQuery,
    responses: { 200: { description: 'A page of your listings, newest first', schema: pageResponse(ListingResponse) } },
    handler: async ({ ctx, user, query }) => ({ status: 200, body: page(await listSellerListings(ctx.db, user.id, query), query.limit, toListingResponse) }),
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
    handler: async ({ ctx, query, viewer }) => ({ status: 200, body: await searchListings(ctx.db, { ...query, viewerId: viewer?.id }, ctx.config.SEARCH_FACET_ROW_CAP) }),
  }),
  route({
    method: 'get',
    path: '/v1/listings/:id',
    operationId: 'getListing',
    tag: 'listings',
    access: 'public',
    summary: 'One listing (never one under review or removed, nor, signed in, one whose seller blocked you)',
    params: ListingIdParams,
    responses: { 200: { description: 'The listing', schema: ListingResponse }, 404: { description: 'No such listing' } },
    handler: async ({ ctx, params, viewer }) => {
      const listing = await findVisibleListing(ctx.db, params.id, viewer?.id);
      if (!listing) throw notFound('Listing');
      return { status: 200, body: toListingResponse(listing) };
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
