import { type Kysely, sql } from 'kysely';
import type { DB, ListingCondition } from '../../../db/schema';
import { type SearchFilter, type TextMatch, searchConditions } from './listing-search';

/** Price bucket edges in minor units (10, 25, 50, 100, 250, 500, 1,000, 2,500 of a currency's major unit). */
const PRICE_EDGES = [1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000, 250_000];

export interface SearchFacets {
  category: { slug: string; count: number }[];
  condition: { value: ListingCondition; count: number }[];
  price: { min: number; max: number | null; count: number }[];
  approximate: boolean;
}

/**
 * Counts per category, condition and (with a currency) price bucket over the listings the filters
 * match. The cost is bounded: at most `cap` matching rows are read, and past that the counts are of
 * those rows and say `approximate` (a broad browse of a million listings would otherwise read them all).
 */
export async function searchFacets(db: Kysely<DB>, f: Omit<SearchFilter, 'sort' | 'limit' | 'cursor'>, match: TextMatch | undefined, cap: number): Promise<SearchFacets> {
  const where = sql.join(searchConditions(f, match), sql` AND `);
  const edges = sql`ARRAY[${sql.join(PRICE_EDGES.map((e) => sql`${e}::bigint`))}]`;
  const { rows } = await sql<{ facet: 'category' | 'condition' | 'price' | 'total'; value: string; n: number }>`
    WITH matched AS MATERIALIZED (
      SELECT listings.category, listings.condition, listings.price_amount FROM listings WHERE ${where} LIMIT ${cap + 1}
    )
    SELECT 'total' AS facet, '' AS value, count(*)::int AS n FROM matched
    UNION ALL SELECT 'category', category, count(*)::int FROM matched GROUP BY category
    UNION ALL SELECT 'condition', condition, count(*)::int FROM matched GROUP BY condition
    UNION ALL SELECT 'price', width_bucket(price_amount, ${edges})::text, count(*)::int FROM matched WHERE ${f.currency !== undefined} GROUP BY 2`.execute(db);
  const of = (facet: string) => rows.filter((r) => r.facet === facet).sort((a, b) => b.n - a.n || a.value.localeCompare(b.value));
  const total = of('total')[0]?.n ?? 0;
  return {
    category: of('category').map((r) => ({ slug: r.value, count: r.n })),
    condition: of('condition').map((r) => ({ value: r.value as ListingCondition, count: r.n })),
    price: of('price')
      .map((r) => Number(r.value))
      .sort((a, b) => a - b)
      .map((bucket) => ({
        min: bucket === 0 ? 0 : PRICE_EDGES[bucket - 1]!,
        max: PRICE_EDGES[bucket] ?? null,
        count: rows.find((r) => r.facet === 'price' && Number(r.value) === bucket)!.n,
      })),
    approximate: total > cap,
  };
}
