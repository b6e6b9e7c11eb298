import { page, pageResponse } from '../../../http/pagination';
import { CREATES_CONTENT, route } from '../../../http/route';
import { toListingResponse } from '../listings';
import { FavouriteParams, FavouriteResponse, ListFavouritesQuery } from './favourites.schemas';
import { favouriteListing, myFavourites, unfavouriteListing } from './favourites.service';

export const favouritesRoutes = [
  route({
    method: 'put',
    path: '/v1/me/favourites/:listing_id',
    operationId: 'favouriteListing',
    tag: 'favourites',
    access: 'user',
    // The seller sees the count: a budget like content others see.
    rateLimit: CREATES_CONTENT,
    summary: 'Favourite a listing (again: no change); you are alerted when its price drops',
    params: FavouriteParams,
    responses: {
      204: { description: 'Favourited' },
      404: { description: 'No such listing (or one you cannot see)' },
      422: { description: 'own_listing: your own listing' },
    },
    handler: async ({ ctx, user, params }) => {
      await favouriteListing(ctx, user.id, params.listing_id);
      return { status: 204 };
    },
  }),
  route({
    method: 'delete',
    path: '/v1/me/favourites/:listing_id',
    operationId: 'unfavouriteListing',
    tag: 'favourites',
    access: 'user',
    summary: 'Remove a listing from your favourites (not there: no change)',
    params: FavouriteParams,
    responses: { 204: { description: 'Not (or no longer) a favourite' } },
    handler: async ({ ctx, user, params }) => {
      await unfavouriteListing(ctx, user.id, params.listing_id);
      return { status: 204 };
    },
  }),
  route({
    method: 'get',
    path: '/v1/me/favourites',
    operationId: 'listMyFavourites',
    tag: 'favourites',
    access: 'user',
    summary: 'Your favourites, newest first; one no longer available to you is kept with `listing: null`',
    query: ListFavouritesQuery,
    responses: { 200: { description: 'A page of favourites', schema: pageResponse(FavouriteResponse) } },
    handler: async ({ ctx, user, query }) => {
      const { rows, listings } = await myFavourites(ctx, user.id, query.limit, query.cursor);
      return {
        status: 200,
        body: page(rows, query.limit, (f) => {
          const listing = listings.get(f.id);
          return { listing_id: f.id, created_at: f.created_at.toISOString(), listing: listing ? toListingResponse(listing) : null };
        }),
      };
    },
  }),
];
