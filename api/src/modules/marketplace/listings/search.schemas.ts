import { z } from 'zod';
import { ListingImageResponse } from '../listing-images';
import { LISTING_CONDITIONS, ListingResponse } from './listings.schemas';

export const SellerSummary = z.object({
  id: z.uuid(),
  display_name: z.string(),
  rating: z.object({
    average: z.number().nullable().describe('Average stars of the seller’s counted reviews; null without any'),
    count: z.number().int(),
  }),
});

export const SearchHit = ListingResponse.extend({
  seller: SellerSummary,
  cover: ListingImageResponse.nullable().describe('The listing’s first photo, null without one'),
  distance_km: z.number().nullable().describe('Great-circle distance from lat/lng to the listing’s approximate point; null without a point'),
}).meta({ id: 'SearchHit' });

const Count = z.number().int();

export const SearchFacets = z
  .object({
    category: z.array(z.object({ slug: z.string(), count: Count })).describe('Per leaf category, most first'),
    condition: z.array(z.object({ value: z.enum(LISTING_CONDITIONS), count: Count })),
    price: z
      .array(z.object({ min: Count, max: Count.nullable().describe('Exclusive; null for the open top bucket'), count: Count }))
      .describe('Price buckets in minor units of `currency`; empty without a currency'),
    approximate: z.boolean().describe('true when more listings matched than the facets count (SEARCH_FACET_ROW_CAP): counts are then of the first ones only'),
  })
  .nullable()
  .describe('With facets=true, on the first page: counts over the matches of the same filters (null otherwise)');

export const SearchResponse = z.object({
  data: z.array(SearchHit),
  next_cursor: z.string().nullable(),
  fuzzy: z.boolean().describe('true when nothing matched q word for word and the hits are titles with similar words (typos)'),
  facets: SearchFacets,
});
