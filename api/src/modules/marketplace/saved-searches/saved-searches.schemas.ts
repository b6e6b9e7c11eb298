import { z } from 'zod';
import { Uuid } from '../../../http/ids';
import { PageQuery } from '../../../http/pagination';
import { SearchListingsQuery } from '../listings';

export const SavedSearchBody = z
  .strictObject({
    name: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters').optional().describe('Your name for the search'),
    query: SearchListingsQuery.refine((q) => q.cursor === undefined, { message: 'has no meaning in a saved search: it matches new listings', path: ['cursor'] }).describe(
      'The parameters of GET /v1/listings (`limit` is ignored)',
    ),
  })
  .meta({ examples: [{ name: 'Film cameras under €100', query: { q: 'film camera', category: 'cameras', currency: 'EUR', max_price: 10000 } }] });

export const SavedSearchParams = z.strictObject({ id: Uuid.describe('The saved search’s id') });

export const ListSavedSearchesQuery = PageQuery.strict();

export const SavedSearchResponse = z
  .object({
    id: z.uuid(),
    name: z.string().nullable(),
    query: z.record(z.string(), z.unknown()).describe('The search parameters, as GET /v1/listings takes them'),
    last_alerted_at: z.iso.datetime().nullable().describe('When new matches were last notified (at most one notification an hour)'),
    created_at: z.iso.datetime(),
  })
  .meta({ id: 'SavedSearch' });
