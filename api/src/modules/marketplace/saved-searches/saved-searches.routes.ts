import { page, pageResponse } from '../../../http/pagination';
import { CREATES_CONTENT, route } from '../../../http/route';
import { listSavedSearches, toSavedSearchResponse } from './saved-searches.repository';
import { ListSavedSearchesQuery, SavedSearchBody, SavedSearchParams, SavedSearchResponse } from './saved-searches.schemas';
import { deleteSearch, saveSearch } from './saved-searches.service';

export const savedSearchesRoutes = [
  route({
    method: 'post',
    path: '/v1/me/saved-searches',
    operationId: 'saveSearch',
    tag: 'saved-searches',
    access: 'user',
    rateLimit: CREATES_CONTENT,
    summary: 'Save a search: new listings that match it are notified, at most once an hour per search',
    body: SavedSearchBody,
    responses: {
      201: { description: 'Saved', schema: SavedSearchResponse },
      409: { description: 'saved_search_limit: you have the most saved searches allowed' },
    },
    handler: async ({ ctx, user, body }) => ({ status: 201, body: toSavedSearchResponse(await saveSearch(ctx, user.id, body)) }),
  }),
  route({
    method: 'get',
    path: '/v1/me/saved-searches',
    operationId: 'listMySavedSearches',
    tag: 'saved-searches',
    access: 'user',
    summary: 'Your saved searches, newest first',
    query: ListSavedSearchesQuery,
    responses: { 200: { description: 'A page of saved searches', schema: pageResponse(SavedSearchResponse) } },
    handler: async ({ ctx, user, query }) => ({ status: 200, body: page(await listSavedSearches(ctx.db, user.id, query.limit, query.cursor), query.limit, toSavedSearchResponse) }),
  }),
  route({
    method: 'delete',
    path: '/v1/me/saved-searches/:id',
    operationId: 'deleteSavedSearch',
    tag: 'saved-searches',
    access: 'user',
    summary: 'Delete one of your saved searches (its pending alerts go with it)',
    params: SavedSearchParams,
    responses: { 204: { description: 'Deleted' }, 404: { description: 'No such saved search of yours' } },
    handler: async ({ ctx, user, params }) => {
      await deleteSearch(ctx, user.id, params.id);
      return { status: 204 };
    },
  }),
];
