import { notFound } from '../../http/errors';
import { page, pageResponse } from '../../http/pagination';
import { route } from '../../http/route';
import { findVisibleListing, searchListings, toListingResponse } from './listings.repository';
import { CreateListingBody, ListingIdParams, ListingResponse, SearchListingsQuery } from './listings.schemas';
import { createListing } from './listings.service';

export const listingsRoutes = [
  route({
    method: 'post', path: '/v1/listings', tag: 'listings', access: 'user', summary: 'Put an item up for sale',
    body: CreateListingBody, idempotent: true,
    responses: { 201: { description: 'Listing created', schema: ListingResponse }, 409: { description: 'seller_onboarding_required: the payment provider has not enabled charges for the seller yet' } },
    handler: async ({ ctx, user, body }) => ({ status: 201, body: toListingResponse(await createListing(ctx, user.id, body)) }),
  }),
  route({
    method: 'get', path: '/v1/listings', tag: 'listings', access: 'public', summary: 'Search active listings (full text, category, price)',
    query: SearchListingsQuery,
    responses: { 200: { description: 'A page of listings, newest first', schema: pageResponse(ListingResponse) } },
    handler: async ({ ctx, query }) => {
      return { status: 200, body: page(await searchListings(ctx.db, query), query.limit, toListingResponse) };
    },
  }),
  route({
    method: 'get', path: '/v1/listings/:id', tag: 'listings', access: 'public', summary: 'One listing',
    params: ListingIdParams,
    responses: { 200: { description: 'The listing', schema: ListingResponse }, 404: { description: 'No such listing' } },
    handler: async ({ ctx, params }) => {
      const listing = await findVisibleListing(ctx.db, params.id);
      if (!listing || listing.status === 'removed') throw notFound('Listing');
      return { status: 200, body: toListingResponse(listing) };
    },
  }),
];
