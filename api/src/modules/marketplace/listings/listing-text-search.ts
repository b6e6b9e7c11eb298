import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../../../db/schema';

// The one place that says how listings' text is searched: the configuration of the `search` column
// (migrations/…_core.ts) and of the queries run against it. Saved searches match new listings with the
// same parsing, so a saved query finds what the same query in GET /v1/listings finds.
const CONFIG = sql.lit('simple');

/** A text query as the search parses it, e.g. `'vintage' & 'camera'` (websearch syntax: quotes, OR, -word). */
export const parseTextQuery = (q: string | RawBuilder<unknown>) => sql<string>`websearch_to_tsquery(${CONFIG}, ${q})`;

/** True when the listing text vector (a column, or a vector as text) satisfies the query. */
export const matchesTextQuery = (vector: RawBuilder<unknown>, q: string | RawBuilder<unknown>) => sql<boolean>`${vector}::tsvector @@ ${parseTextQuery(q)}`;

/** The normalised text form of a query (`'vintage' & 'camera'`), for indexing what it requires. */
export async function textQueryOf(db: Kysely<DB>, q: string): Promise<string> {
  const { rows } = await sql<{ query: string }>`SELECT ${parseTextQuery(q)}::text AS query`.execute(db);
  return rows[0]!.query;
}
