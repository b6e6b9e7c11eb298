import { type Kysely, sql } from 'kysely';

// Search that finds: an `agora` text search configuration (English stemming after folding accents,
// so `cameras` finds "camera" and `cafe` finds "café") weighting the title above the description;
// trigram similarity on the folded title for typos (`camrea`); a GiST index on the earth point for
// radius filters and nearest-first order; an index for price order; and each seller's rating
// summary, which the reviews module keeps so a rating filter over a million listings is a lookup.
export async function up(db: Kysely<any>): Promise<void> {
  for (const ext of ['unaccent', 'pg_trgm', 'cube', 'earthdistance', 'btree_gin']) await sql`CREATE EXTENSION IF NOT EXISTS ${sql.id(ext)}`.execute(db);
  await sql`CREATE TEXT SEARCH CONFIGURATION agora (COPY = english)`.execute(db);
  await sql`ALTER TEXT SEARCH CONFIGURATION agora ALTER MAPPING FOR hword, hword_part, word, asciiword, asciihword, hword_asciipart WITH unaccent, english_stem`.execute(db);
  // unaccent() is only STABLE (its dictionary could change); an index needs IMMUTABLE, which holds as
  // long as nobody edits the unaccent rules file — the usual wrapper, with the dictionary named.
  await sql`
    CREATE FUNCTION agora_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`.execute(db);

  await sql`ALTER TABLE listings DROP COLUMN search`.execute(db);
  await sql`
    ALTER TABLE listings ADD COLUMN search tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('agora'::regconfig, title), 'A') || setweight(to_tsvector('agora'::regconfig, description), 'B')
    ) STORED`.execute(db);
  // created_at beside the words (btree_gin): relevance reads the matches of recent listings first, and
  // one GIN scan intersects both (Postgres would not AND this index with a btree on created_at).
  await sql`CREATE INDEX listings_search_idx ON listings USING gin (search, created_at) WHERE status = 'active'`.execute(db);
  await sql`CREATE INDEX listings_title_trgm_idx ON listings USING gin (agora_fold(title) gin_trgm_ops) WHERE status = 'active'`.execute(db);
  await sql`CREATE INDEX listings_point_idx ON listings USING gist (ll_to_earth(lat, lng)) WHERE status = 'active' AND lat IS NOT NULL`.execute(db);
  await sql`CREATE INDEX listings_price_idx ON listings (currency, price_amount, id) WHERE status = 'active'`.execute(db);
  // Every search leaves out suspended and deleted sellers (an anti-join): the few such users, indexed,
  // instead of a scan of every user per query.
  await sql`CREATE INDEX users_hidden_idx ON users (id) WHERE suspended_at IS NOT NULL OR deleted_at IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE seller_ratings (
      user_id uuid PRIMARY KEY REFERENCES users(id),
      review_count integer NOT NULL CHECK (review_count > 0),
      average double precision NOT NULL CHECK (average BETWEEN 1 AND 5),
      refreshed_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX seller_ratings_average_idx ON seller_ratings (average, user_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE seller_ratings`.execute(db);
  await sql`DROP INDEX users_hidden_idx`.execute(db);
  await sql`DROP INDEX listings_price_idx, listings_point_idx, listings_title_trgm_idx`.execute(db);
  await sql`ALTER TABLE listings DROP COLUMN search`.execute(db);
  await sql`ALTER TABLE listings ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || description)) STORED`.execute(db);
  await sql`CREATE INDEX listings_search_idx ON listings USING gin (search)`.execute(db);
  await sql`DROP FUNCTION agora_fold(text)`.execute(db);
  await sql`DROP TEXT SEARCH CONFIGURATION agora`.execute(db);
}
