import { type Kysely, sql } from 'kysely';

// Measured on bench:search (1M listings). A second text index with the category beside the words
// (btree_gin): a word searched in a category its matches are not in was read match by match in the
// older tier to say so (camera in cameras: 111 ms); intersected in the index, no heap row is read.
// Not one index of words, category and created_at: with several leaf categories (an IN list, one
// index scan per leaf), each scan gathered the whole recent created_at range again (×5 slower).
// Price and currency stay out of GIN: a price range is thousands of entries to gather per scan.
// The folded title is stored, with the category beside its trigrams: the typo fallback rechecks and
// ranks every trigram candidate, and unaccent() on each was a third of that.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX listings_search_category_idx ON listings USING gin (search, category) WHERE status = 'active'`.execute(db);
  await sql`ALTER TABLE listings ADD COLUMN title_folded text GENERATED ALWAYS AS (agora_fold(title)) STORED`.execute(db);
  await sql`DROP INDEX listings_title_trgm_idx`.execute(db);
  await sql`CREATE INDEX listings_title_trgm_idx ON listings USING gin (title_folded gin_trgm_ops, category) WHERE status = 'active'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX listings_title_trgm_idx`.execute(db);
  await sql`ALTER TABLE listings DROP COLUMN title_folded`.execute(db);
  await sql`CREATE INDEX listings_title_trgm_idx ON listings USING gin (agora_fold(title) gin_trgm_ops) WHERE status = 'active'`.execute(db);
  await sql`DROP INDEX listings_search_category_idx`.execute(db);
}
