import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../db/schema';
import { coversOf } from '../listing-images';
import { sellerRatingsOf } from '../reviews';
import { type SearchFilter, searchWithText, withSearchPlanning } from './listing-search';
import { toListingResponse } from './listings.repository';
import { encodeSearchCursor } from './search-cursor';
import { searchFacets } from './search-facets';
import type { SearchResponse } from './search.schemas';

const DAY_MS = 86_400_000;

/**
 * A page of search hits with their seller (name and rating), cover and distance, the cursor of the
 * next page in the same sort, and when asked, on the first page, the facet counts of the same filters
 * (counted at the same time as the page, on another connection).
 */
export async function searchListings(
  db: Kysely<DB>,
  query: Omit<SearchFilter, 'recentSince'> & { facets?: boolean },
  opts: { facetCap: number; recentDays: number; now: Date },
): Promise<z.infer<typeof SearchResponse>> {
  const f = { ...query, recentSince: query.cursor?.since ? new Date(query.cursor.since) : new Date(opts.now.getTime() - opts.recentDays * DAY_MS) };
  const {
    rows,
    match,
    extra: facets,
  } = await searchWithText(db, f, async (chosen) => (f.cursor || !f.facets ? null : withSearchPlanning(db, chosen, (trx) => searchFacets(trx, f, chosen, opts.facetCap))));
  const kept = rows.slice(0, f.limit);
  const ratings = await sellerRatingsOf(db, [...new Set(kept.map((r) => r.seller_id))]);
  const covers = await coversOf(
    db,
    kept.map((r) => r.id),
  );
  const last = kept[kept.length - 1];
  return {
    data: kept.map((r) => ({
      ...toListingResponse(r),
      seller: { id: r.seller_id, display_name: r.seller_name, rating: ratings.get(r.seller_id)! },
      cover: covers.get(r.id) ?? null,
      distance_km: r.distance_km,
    })),
    next_cursor:
      rows.length > f.limit && last
        ? encodeSearchCursor({
            sort: f.sort,
            key: last.sort_key,
            id: last.id,
            fuzzy: match === 'similar',
            ...(f.sort === 'relevance' ? { since: f.recentSince.toISOString() } : {}),
          })
        : null,
    fuzzy: match === 'similar',
    facets,
  };
}
