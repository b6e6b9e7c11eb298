// The parameters of GET /v1/listings, apart from its responses (search.schemas.ts): saved searches
// take the same ones, through the listings barrel, which must not reach the photos module's schemas.
import { z } from 'zod';
import { PageQuery } from '../../../http/pagination';
import { MAX_AMOUNT } from '../../money/currencies';
import { CATEGORY_SLUGS, LEAF_CATEGORIES, attributesOf, leavesOf } from '../categories';
import { SEARCH_SORTS, SearchCursorSchema } from './search-cursor';
import { CreateListingBody, LISTING_CONDITIONS } from './listings.schemas';

const Amount = z.coerce.number().int('must be an integer').min(1, 'must be at least 1').max(MAX_AMOUNT, `must be at most ${MAX_AMOUNT}`);
const MAX_LIST = 10;
const ATTRIBUTE_KEY = /^[a-z][a-z0-9_]{0,39}$/;

/** The attribute keys listings in `slug` may carry (a parent's: any of its leaves'); every category's without one. */
const attributeKeysUnder = (slug: string | undefined): Set<string> => new Set((slug ? leavesOf(slug) : LEAF_CATEGORIES).flatMap((leaf) => attributesOf(leaf).map((d) => d.key)));

/** A comma-separated list in one query parameter, each item checked by `item` (which names what is wrong). */
type Item<T> = { value: T } | { error: string };

function commaList<T>(item: (raw: string) => Item<T>, example: string) {
  return z
    .string()
    .max(500, 'must be at most 500 characters')
    .describe(`Comma-separated, e.g. \`${example}\``)
    .transform((raw, ctx) => {
      const items = raw.split(',').map((s) => s.trim());
      if (items.length > MAX_LIST) ctx.addIssue({ code: 'custom', message: `must list at most ${MAX_LIST}` });
      const parsed: T[] = [];
      for (const s of items) {
        const result = item(s);
        if ('error' in result) ctx.addIssue({ code: 'custom', message: result.error });
        else parsed.push(result.value);
      }
      return parsed;
    });
}

const conditionItem = (s: string): Item<(typeof LISTING_CONDITIONS)[number]> =>
  (LISTING_CONDITIONS as readonly string[]).includes(s)
    ? { value: s as (typeof LISTING_CONDITIONS)[number] }
    : { error: `unknown condition '${s.slice(0, 40)}': must be one of ${LISTING_CONDITIONS.join(', ')}` };

function attributeItem(s: string): Item<{ key: string; value: string }> {
  const at = s.indexOf(':');
  const key = s.slice(0, at);
  const value = s.slice(at + 1).trim();
  if (at < 0 || !ATTRIBUTE_KEY.test(key)) return { error: `unknown attribute '${s.slice(0, 40)}': each item is key:value with a lower-case key` };
  if (!value || value.length > 100) return { error: `attribute '${key}' needs a value of 1 to 100 characters` };
  return { value: { key, value } };
}

export const SearchListingsQuery = PageQuery.extend({
  q: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(200, 'must be at most 200 characters')
    .optional()
    .describe('Words to find in the title (which ranks higher) or description; stems, accents and typos forgiven'),
  category: z
    .enum(CATEGORY_SLUGS, { error: 'must be a category of the tree (GET /v1/categories)' })
    .optional()
    .describe('Only listings in this category (a parent covers its children)'),
  currency: CreateListingBody.shape.price.shape.currency
    .optional()
    .describe('Only listings priced in this ISO 4217 currency; required with min_price, max_price and the price sorts'),
  min_price: Amount.optional().describe('Inclusive lower bound on the price, in minor units of `currency` (which it requires)'),
  max_price: Amount.optional().describe('Inclusive upper bound on the price, in minor units of `currency` (which it requires)'),
  condition: commaList(conditionItem, 'new,like_new')
    .optional()
    .describe(`Only listings in one of these conditions (${LISTING_CONDITIONS.join(', ')}), comma-separated`),
  attributes: commaList(attributeItem, 'brand:Canon,size:M')
    .optional()
    .describe('Only listings whose category attributes have these values (case-insensitive), comma-separated `key:value` pairs'),
  lat: z.coerce.number().min(-90, 'must be at least -90').max(90, 'must be at most 90').optional().describe('Latitude of the point to search around (with lng and radius_km)'),
  lng: z.coerce.number().min(-180, 'must be at least -180').max(180, 'must be at most 180').optional().describe('Longitude of the point to search around (with lat and radius_km)'),
  radius_km: z.coerce
    .number()
    .min(1, 'must be at least 1')
    .max(500, 'must be at most 500')
    .optional()
    .describe('Only listings within this many km of lat/lng (listings carry a point blurred to about 1 km)'),
  min_rating: z.coerce
    .number()
    .min(1, 'must be at least 1')
    .max(5, 'must be at most 5')
    .optional()
    .describe('Only sellers whose average review rating is at least this (sellers without reviews are left out)'),
  verified_sellers: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .transform((v) => v === 'true')
    .optional()
    .describe('true: only sellers whose identity was verified'),
  facets: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .transform((v) => v === 'true')
    .optional()
    .describe('true: also count the matches per category, condition and price bucket (first page only; it reads up to SEARCH_FACET_ROW_CAP matches)'),
  sort: z
    .enum(SEARCH_SORTS, { error: `must be one of ${SEARCH_SORTS.join(', ')}` })
    .optional()
    .describe(
      'relevance (the default with q; needs q: listings of the last SEARCH_RECENT_DAYS first, each tier best match first), newest (the default without q), price_asc and price_desc (need currency: minor units of two currencies do not compare), distance (needs lat, lng and radius_km)',
    ),
  cursor: SearchCursorSchema.optional().describe('Opaque cursor: the previous page’s next_cursor, with the same filters and sort'),
})
  .strict()
  .superRefine((q, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    // Amounts in minor units of different currencies do not compare (5000 is £50 and ¥5,000).
    if (q.min_price !== undefined && q.max_price !== undefined && q.min_price > q.max_price) issue('max_price', 'must not be below min_price');
    if (q.currency === undefined && (q.min_price !== undefined || q.max_price !== undefined))
      issue('currency', 'is required with min_price or max_price: a price is in minor units of one currency');
    const sort = q.sort ?? (q.q ? 'relevance' : 'newest');
    if ((sort === 'price_asc' || sort === 'price_desc') && q.currency === undefined)
      issue('currency', `is required with sort=${sort}: prices in different currencies do not compare`);
    if (sort === 'relevance' && !q.q) issue('sort', 'relevance needs q');
    if (q.lat !== undefined && q.lng === undefined) issue('lng', 'is required with lat');
    if (q.lng !== undefined && q.lat === undefined) issue('lat', 'is required with lng');
    if ((q.lat !== undefined || q.lng !== undefined) && q.radius_km === undefined) issue('radius_km', 'is required with lat and lng');
    if (q.radius_km !== undefined && (q.lat === undefined || q.lng === undefined)) issue('radius_km', 'needs lat and lng');
    if (sort === 'distance' && (q.lat === undefined || q.lng === undefined)) issue('sort', 'distance needs lat, lng and radius_km');
    const known = attributeKeysUnder(q.category);
    for (const { key } of q.attributes ?? []) {
      if (!known.has(key)) issue('attributes', `unknown attribute '${key}'${q.category ? ` for ${q.category}` : ''}: known are ${[...known].sort().join(', ')}`);
    }
    if (q.cursor && q.cursor.sort !== sort) issue('cursor', `was made for sort=${q.cursor.sort}, not ${sort}: start again without a cursor`);
  })
  .transform((q) => ({ ...q, sort: q.sort ?? (q.q ? ('relevance' as const) : ('newest' as const)) }));
