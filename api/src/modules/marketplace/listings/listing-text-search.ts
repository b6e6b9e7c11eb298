import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../../../db/schema';

// The one place that says how listings' text is searched: the configuration of the `search` column
// (migrations/…_core.ts) and of the queries run against it. Saved searches match new listings with the
// same parsing, so a saved query finds what the same query in GET /v1/listings finds.
const CONFIG = sql.lit('agora');

/** A text query as the search parses it, e.g. `'vintage' & 'camera'` (websearch syntax: quotes, OR, -word). */
export const parseTextQuery = (q: string | RawBuilder<unknown>) => sql<string>`websearch_to_tsquery(${CONFIG}, ${q})`;

/** True when a listing's text vector (the `search` column, or a tsvector value) satisfies the query. */
export const matchesTextQuery = (vector: RawBuilder<unknown>, q: string | RawBuilder<unknown>) => sql<boolean>`${vector} @@ ${parseTextQuery(q)}`;

/** The normalised text form of each query (`'vintage' & 'camera'`), in order, for indexing what it requires. */
export async function textQueriesOf(db: Kysely<DB>, qs: readonly string[]): Promise<string[]> {
  const { rows } = await sql<{ query: string }>`SELECT ${parseTextQuery(sql.ref('q'))}::text AS query FROM unnest(${qs}::text[]) WITH ORDINALITY AS t(q, n) ORDER BY n`.execute(db);
  return rows.map((r) => r.query);
}

/** How common lexemes and categories are among listings (a share, 0 to 1); one absent is rarer than any present. */
export interface ListingKeyShares {
  lexemes: ReadonlyMap<string, number>;
  categories: ReadonlyMap<string, number>;
}

/**
 * The shares the planner's statistics hold (ANALYZE's most common elements of `search` and values of
 * `category`): free to read, and enough to tell a rare word from a common one. Empty before the
 * table was first analysed.
 */
export async function listingKeyShares(db: Kysely<DB>): Promise<ListingKeyShares> {
  const { rows } = await sql<{ attname: string; keys: string[] | null; shares: number[] | null }>`
    SELECT attname,
           COALESCE(most_common_elems, most_common_vals)::text::text[] AS keys,
           COALESCE(most_common_elem_freqs, most_common_freqs)::float8[] AS shares
    FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'listings' AND attname IN ('search', 'category')`.execute(db);
  const shares = (attname: string) => {
    const row = rows.find((r) => r.attname === attname);
    return new Map((row?.keys ?? []).map((key, i) => [key, row!.shares![i]!]));
  };
  return { lexemes: shares('search'), categories: shares('category') };
}
