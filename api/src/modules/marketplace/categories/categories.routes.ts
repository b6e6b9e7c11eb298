import { noneMatch } from '../../../http/conditional';
import { route } from '../../../http/route';
import { CATEGORY_TREE_BODY, CATEGORY_TREE_ETAG } from './category-tree.response';
import { CategoryTreeResponse } from './categories.schemas';

// Shared caches may keep it for an hour; after that a revalidation costs a 304.
const CACHE_CONTROL = 'public, max-age=3600';

export const categoriesRoutes = [
  route({
    method: 'get',
    path: '/v1/categories',
    operationId: 'listCategories',
    tag: 'categories',
    access: 'public',
    summary: 'The category tree: names, slugs and the attributes a listing in each category takes (cacheable; If-None-Match answers 304)',
    responses: { 200: { description: 'The tree, two levels', schema: CategoryTreeResponse }, 304: { description: 'Not modified (If-None-Match matched)' } },
    handler: async ({ header }) => {
      const headers = { ETag: CATEGORY_TREE_ETAG, 'Cache-Control': CACHE_CONTROL };
      if (noneMatch(header('if-none-match'), CATEGORY_TREE_ETAG)) return { status: 304, headers };
      return { status: 200, headers, body: CATEGORY_TREE_BODY };
    },
  }),
];
