import { noneMatch } from '../../../http/conditional';
import { route } from '../../../http/route';
import { CATEGORY_TREE_BODIES } from './category-tree.response';
import { CategoriesQuery, CategorySuggestionsResponse, CategoryTreeResponse, SuggestCategoriesBody } from './categories.schemas';
import { suggestCategories } from './category-suggest';

// Shared caches may keep it for an hour; after that a revalidation costs a 304.
const CACHE_CONTROL = 'public, max-age=3600';

export const categoriesRoutes = [
  route({
    method: 'get',
    path: '/v1/categories',
    operationId: 'listCategories',
    tag: 'categories',
    access: 'public',
    summary: 'The category tree: names (English or French), slugs and the attributes a listing in each category takes (cacheable; If-None-Match answers 304)',
    query: CategoriesQuery,
    responses: { 200: { description: 'The tree, two levels', schema: CategoryTreeResponse }, 304: { description: 'Not modified (If-None-Match matched)' } },
    handler: async ({ query, header }) => {
      const { body, etag } = CATEGORY_TREE_BODIES[query.locale];
      const headers = { ETag: etag, 'Cache-Control': CACHE_CONTROL };
      if (noneMatch(header('if-none-match'), etag)) return { status: 304, headers };
      return { status: 200, headers, body };
    },
  }),
  route({
    method: 'post',
    path: '/v1/categories/suggest',
    operationId: 'suggestCategories',
    tag: 'categories',
    access: 'user',
    summary: 'The three likeliest categories for a listing’s title (and description), from a text classifier',
    rateLimit: [{ budget: 'suggest', per: 'user' }],
    body: SuggestCategoriesBody,
    responses: { 200: { description: 'Ranked suggestions', schema: CategorySuggestionsResponse } },
    handler: async ({ body }) => ({ status: 200, body: suggestCategories(body.title, body.description) }),
  }),
];
