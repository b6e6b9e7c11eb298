import { type Kysely, sql } from 'kysely';

// Favourites, saved searches and the pending matches their hourly digests are made of.
//
// A saved search keeps its query as given, and its constraints denormalised into indexable columns so
// that one indexed query finds the searches a new listing matches (see saved-search-matches.repository.ts):
// `category_keys` the leaves the search covers, or {'*'} for any (GIN, `&& ARRAY[category, '*']`);
// `terms` the lexemes every match must contain (GIN, `<@ listing lexemes`), empty when the query has
// none or is not a plain conjunction; currency and price bounds, checked on the few candidates.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE favourites (
      user_id uuid NOT NULL REFERENCES users(id),
      listing_id uuid NOT NULL REFERENCES listings(id),
      created_at timestamptz NOT NULL,
      PRIMARY KEY (user_id, listing_id)
    )`.execute(db);
  // The user's page, newest first; the favouriters of a listing (counts, price-drop alerts).
  await sql`CREATE INDEX favourites_user_page ON favourites (user_id, created_at DESC, listing_id DESC)`.execute(db);
  await sql`CREATE INDEX favourites_listing ON favourites (listing_id)`.execute(db);

  await sql`
    CREATE TABLE saved_searches (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      name text CHECK (length(name) <= 80),
      query jsonb NOT NULL CHECK (jsonb_typeof(query) = 'object'),
      q text,
      category_keys text[] NOT NULL CHECK (cardinality(category_keys) > 0),
      terms text[] NOT NULL,
      currency text CHECK (currency ~ '^[A-Z]{3}$'),
      min_price bigint,
      max_price bigint,
      last_alerted_at timestamptz,
      digest_due_at timestamptz,
      created_at timestamptz NOT NULL,
      CHECK ((min_price IS NULL AND max_price IS NULL) OR currency IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX saved_searches_user_page ON saved_searches (user_id, created_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX saved_searches_category_keys ON saved_searches USING gin (category_keys)`.execute(db);
  await sql`CREATE INDEX saved_searches_terms ON saved_searches USING gin (terms)`.execute(db);
  await sql`CREATE INDEX saved_searches_digest_due ON saved_searches (digest_due_at) WHERE digest_due_at IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE saved_search_matches (
      saved_search_id uuid NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
      listing_id uuid NOT NULL REFERENCES listings(id),
      matched_at timestamptz NOT NULL,
      PRIMARY KEY (saved_search_id, listing_id)
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE saved_search_matches`.execute(db);
  await sql`DROP TABLE saved_searches`.execute(db);
  await sql`DROP TABLE favourites`.execute(db);
}
