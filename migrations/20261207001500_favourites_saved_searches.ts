import { type Kysely, sql } from 'kysely';

// Favourites, saved searches and the pending matches their hourly digests are made of.
//
// A saved search keeps its query as given, and its constraints denormalised so that one indexed query
// finds the searches a new listing matches (saved-search-matches.repository.ts): `keys` every word and
// the category a matching listing must have, `anchor` the rarest of them, by which the btree index
// finds the search (only searches anchored on one of the listing's own words or categories are
// candidates), `text_query` the query when its words alone do not decide (a phrase, a negation),
// currency, price bounds, conditions, a radius around a point, a seller rating and verification: all
// checked on the few candidates.
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
      keys text[] NOT NULL,
      anchor text,
      text_query text,
      currency text CHECK (currency ~ '^[A-Z]{3}$'),
      min_price bigint,
      max_price bigint,
      conditions text[],
      lat double precision CHECK (lat BETWEEN -90 AND 90),
      lng double precision CHECK (lng BETWEEN -180 AND 180),
      radius_km double precision CHECK (radius_km > 0),
      min_rating double precision CHECK (min_rating BETWEEN 1 AND 5),
      verified_sellers boolean NOT NULL DEFAULT false,
      last_alerted_at timestamptz,
      digest_due_at timestamptz,
      created_at timestamptz NOT NULL,
      CHECK ((min_price IS NULL AND max_price IS NULL) OR currency IS NOT NULL),
      CHECK ((anchor IS NULL) = (cardinality(keys) = 0)),
      CHECK ((lat IS NULL) = (lng IS NULL) AND (lat IS NULL) = (radius_km IS NULL))
    )`.execute(db);
  await sql`CREATE INDEX saved_searches_user_page ON saved_searches (user_id, created_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX saved_searches_anchor ON saved_searches (anchor)`.execute(db);
  await sql`CREATE INDEX saved_searches_digest_due ON saved_searches (digest_due_at) WHERE digest_due_at IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE saved_search_matches (
      saved_search_id uuid NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
      listing_id uuid NOT NULL REFERENCES listings(id),
      matched_at timestamptz NOT NULL,
      -- Kept once alerted, so a listing that goes live again (approved after an edit, relisted) is not
      -- news to the same search twice.
      alerted_at timestamptz,
      PRIMARY KEY (saved_search_id, listing_id)
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE saved_search_matches`.execute(db);
  await sql`DROP TABLE saved_searches`.execute(db);
  await sql`DROP TABLE favourites`.execute(db);
}
