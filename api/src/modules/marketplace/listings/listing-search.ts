import { type Kysely, type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { DB, ListingCondition } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { leavesOf } from '../categories';
import { ratedAtLeast } from '../reviews';
import { userColumn } from '../users';
import { COLUMNS, type Listing, visibleTo } from './listings.repository';
import { parseTextQuery } from './listing-text-search';
import type { SearchCursor, SearchSort } from './search-cursor';

export interface SearchFilter {
  /** The signed-in caller, if any: listings of sellers who blocked them are left out. */
  viewerId?: string;
  q?: string;
  category?: string;
  currency?: string;
  min_price?: number;
  max_price?: number;
  condition?: ListingCondition[];
  attributes?: { key: string; value: string }[];
  lat?: number;
  lng?: number;
  radius_km?: number;
  min_rating?: number;
  verified_sellers?: boolean;
  sort: SearchSort;
  /** Relevance ranks listings created since then above older ones (the cursor keeps it, so pages agree). */
  recentSince: Date;
  limit: number;
  cursor?: SearchCursor;
}

/** How q matches: word for word (stems, folded accents) or, when that finds nothing, by similar words (typos). */
export type TextMatch = 'full_text' | 'similar';

export type SearchRow = Listing & { seller_name: string; sort_key: string | number; distance_km: number | null };

/** Below this word similarity (0–1, pg_trgm) a title is not a typo of q: `camrea` and "camera" share 3 of 7 trigrams. */
const SIMILARITY_THRESHOLD = 0.3;

const tsQuery = (q: string) => parseTextQuery(q);
const earthOf = (f: { lat: number; lng: number }) => sql`ll_to_earth(${f.lat}::float8, ${f.lng}::float8)`;
const listingEarth = sql`ll_to_earth(listings.lat, listings.lng)`;

/** Relevance: cover density of the query's words, title (A) weighing ten times the description (B), squashed to 0–1 (normalisation 32). */
const fullTextRank = (q: string) => sql<number>`ts_rank_cd('{0.01, 0.02, 0.1, 1.0}', listings.search, ${tsQuery(q)}, 32)::float8`;
const similarityRank = (q: string) => sql<number>`word_similarity(agora_fold(${q}), listings.title_folded)::float8`;

/** The filters every search applies, as one WHERE: what the page, the facets and the bench share. */
export function searchConditions(f: Omit<SearchFilter, 'sort' | 'limit' | 'cursor' | 'recentSince'>, match: TextMatch | undefined): RawBuilder<boolean>[] {
  // A literal status: the partial indexes (search, trigram, point, price) hold active listings only,
  // and a prepared statement's generic plan could not match them on a parameter.
  const where: RawBuilder<boolean>[] = [sql`listings.status = 'active'`, visibleTo(f.viewerId)];
  if (f.q && match === 'full_text') where.push(sql`listings.search @@ ${tsQuery(f.q)}`);
  if (f.q && match === 'similar') where.push(sql`agora_fold(${f.q}) <% listings.title_folded`);
  if (f.category) where.push(sql`listings.category IN (${sql.join(leavesOf(f.category))})`);
  if (f.currency) where.push(sql`listings.currency = ${f.currency}`);
  if (f.min_price !== undefined) where.push(sql`listings.price_amount >= ${String(f.min_price)}::bigint`);
  if (f.max_price !== undefined) where.push(sql`listings.price_amount <= ${String(f.max_price)}::bigint`);
  if (f.condition?.length) where.push(sql`listings.condition IN (${sql.join(f.condition)})`);
  for (const a of f.attributes ?? []) where.push(sql`lower(listings.attributes ->> ${a.key}) = lower(${a.value})`);
  if (f.lat !== undefined && f.lng !== undefined && f.radius_km !== undefined) {
    const metres = f.radius_km * 1000;
    // The box finds candidates through the GiST index; the exact great-circle distance trims its corners.
    where.push(sql`earth_box(${earthOf({ lat: f.lat, lng: f.lng })}, ${metres}::float8) @> ${listingEarth}`);
    where.push(sql`earth_distance(${earthOf({ lat: f.lat, lng: f.lng })}, ${listingEarth}) <= ${metres}::float8`);
  }
  if (f.min_rating !== undefined) where.push(ratedAtLeast('listings.seller_id', f.min_rating));
  if (f.verified_sellers) where.push(sql`${userColumn('identity_verified_at', 'listings.seller_id')} IS NOT NULL`);
  return where;
}

interface Order {
  key: RawBuilder<unknown>;
  direction: 'asc' | 'desc';
  /** The key as the cursor keeps it, when its JSON would lose precision (timestamps in microseconds). */
  output?: RawBuilder<unknown>;
  /** The cursor's key as SQL of the key's type. */
  cursorKey: (key: string | number) => RawBuilder<unknown>;
}

function orderOf(f: SearchFilter, match: TextMatch | undefined): Order {
  const number = (key: string | number) => sql`${Number(key)}::float8`;
  switch (f.sort) {
    case 'relevance':
      // Full text: recent listings (1 + rank) above older ones (rank, below 1): see searchPage.
      return {
        key: match === 'similar' ? similarityRank(f.q!) : sql`(${recent(f.recentSince)}::int + ${fullTextRank(f.q!)})`,
        direction: 'desc',
        cursorKey: number,
      };
    case 'newest':
      return { key: sql`listings.created_at`, output: sql`to_json(listings.created_at) #>> '{}'`, direction: 'desc', cursorKey: (key) => sql`${String(key)}::timestamptz` };
    case 'price_asc':
    case 'price_desc':
      return { key: sql`listings.price_amount`, direction: f.sort === 'price_asc' ? 'asc' : 'desc', cursorKey: (key) => sql`${String(key)}::bigint` };
    case 'distance':
      // Chord length through the earth: ordered as the great-circle distance, and what the GiST index orders by (KNN).
      return { key: sql`(${listingEarth} <-> ${earthOf({ lat: f.lat!, lng: f.lng! })})`, direction: 'asc', cursorKey: number };
  }
}

const recent = (since: Date) => sql<boolean>`(listings.created_at >= ${since}::timestamptz)`;

function whereAll<O>(query: SelectQueryBuilder<DB, 'listings', O>, where: RawBuilder<boolean>[]) {
  return where.reduce((q, w) => q.where(w), query);
}

/**
 * Nearest first: the GiST index walks points in distance order (KNN) but cannot also order ties by
 * id, and sorting everything in the radius reads every listing there. So first the index finds the
 * distance of the row past this page, then the page is sorted among the listings within it (all
 * of them, ties included): a few dozen rows whatever the radius holds.
 */
async function nearestCutoff(db: Kysely<DB>, point: { lat: number; lng: number }, where: RawBuilder<boolean>[], limit: number): Promise<RawBuilder<boolean>[]> {
  const distance = sql<number>`(${listingEarth} <-> ${earthOf(point)})`;
  const row = await whereAll(db.selectFrom('listings').select(distance.as('d')), where)
    .orderBy(distance)
    .offset(limit)
    .limit(1)
    .executeTakeFirst();
  // Chord units: a cube this much larger than the point holds every point that close.
  return row ? [sql`cube_enlarge(${earthOf(point)}, ${row.d}::float8, 3) @> ${listingEarth}`, sql`${distance} <= ${row.d}::float8`] : [];
}

/**
 * One page of hits (limit + 1 rows: the extra one says another page exists) in the filter's sort;
 * run it in withSearchPlanning. Ranking needs every match's vector from the table, so a common word
 * costs in proportion to its matches; by relevance the recent tier comes first, and reading the
 * matches of the last SEARCH_RECENT_DAYS (the GIN and created_at indexes intersected) usually fills
 * the page before the older ones are read at all.
 */
async function searchPage(db: Kysely<DB>, f: SearchFilter, match: TextMatch | undefined): Promise<SearchRow[]> {
  const order = orderOf(f, match);
  const where = searchConditions(f, match);
  if (f.cursor) {
    const op = order.direction === 'asc' ? sql`>` : sql`<`;
    where.push(sql`(${order.key}, listings.id) ${op} (${order.cursorKey(f.cursor.key)}, ${f.cursor.id}::uuid)`);
  }
  const point = f.lat !== undefined && f.lng !== undefined ? { lat: f.lat, lng: f.lng } : undefined;
  if (f.sort === 'distance' && point) where.push(...(await nearestCutoff(db, point, where, f.limit)));
  if (f.sort !== 'relevance' || match !== 'full_text') return selectPage(db, order, where, point, f.limit + 1);
  // A word no active listing has (a typo, before the trigram fallback): the recent tier's GIN scan
  // gathers every recent created_at entry before intersecting (~17 ms at 1M listings); one indexed
  // lookup of the word alone says there is nothing to rank.
  if (!f.cursor && !(await anyTextMatch(db, f.q!))) return [];
  const inRecentTier = !f.cursor || Number(f.cursor.key) >= 1;
  const recentRows = inRecentTier ? await selectPage(db, order, [...where, recent(f.recentSince)], point, f.limit + 1) : [];
  if (recentRows.length > f.limit) return recentRows;
  // IS NOT TRUE, not NOT: Postgres would turn `NOT created_at >= x` into `created_at < x` and let the GIN
  // gather every older timestamp (most of the table) before intersecting; this way it finds the word's
  // matches alone and checks their dates.
  const older = sql<boolean>`${recent(f.recentSince)} IS NOT TRUE`;
  return [...recentRows, ...(await selectPage(db, order, [...where, older], point, f.limit + 1 - recentRows.length))];
}

async function anyTextMatch(db: Kysely<DB>, q: string): Promise<boolean> {
  // Bitmap scans only, i.e. the text index: an unknown word is estimated at thousands of matches, so
  // for LIMIT 1 the planner would scan the table (330 ms at 1M) or walk a btree for the first
  // match that is not there. Local to the search's transaction, restored after.
  const scans = (on: 'on' | 'off') =>
    sql`SELECT set_config('enable_seqscan', ${on}, true), set_config('enable_indexscan', ${on}, true), set_config('enable_indexonlyscan', ${on}, true)`.execute(db);
  await scans('off');
  const row = await db
    .selectFrom('listings')
    .select(sql`1`.as('one'))
    .where(sql<boolean>`listings.status = 'active'`)
    .where(sql<boolean>`listings.search @@ ${tsQuery(q)}`)
    .limit(1)
    .executeTakeFirst();
  await scans('on');
  return row !== undefined;
}

async function selectPage(db: Kysely<DB>, order: Order, where: RawBuilder<boolean>[], point: { lat: number; lng: number } | undefined, limit: number): Promise<SearchRow[]> {
  const query = whereAll(
    db
      .selectFrom('listings')
      .select(COLUMNS.map((c) => `listings.${c}` as const))
      .select([
        userColumn('display_name', 'listings.seller_id').as('seller_name'),
        sql<string | number>`${order.output ?? order.key}`.as('sort_key'),
        sql<number | null>`${point ? sql`round((earth_distance(${earthOf(point)}, ${listingEarth}) / 1000)::numeric, 1)::float8` : sql`NULL::float8`}`.as('distance_km'),
      ]),
    where,
  );
  const rows = await query
    .orderBy(sql`${order.key} ${sql.raw(order.direction)}`)
    .orderBy('listings.id', order.direction)
    .limit(limit)
    .execute();
  return rows as SearchRow[];
}

/**
 * Pages with q: word for word first; when that finds nothing on the first page (and a later page
 * continues what the first chose), by similar words, under the similarity threshold. `alongside`
 * (the facets) runs at the same time as the page, on another connection, for the same match.
 */
export async function searchWithText<T>(
  db: Kysely<DB>,
  f: SearchFilter,
  alongside: (match: TextMatch | undefined) => Promise<T>,
): Promise<{ rows: SearchRow[]; match: TextMatch | undefined; extra: T }> {
  const attempt = async (match: TextMatch | undefined) => {
    const [rows, extra] = await Promise.all([withSearchPlanning(db, match, (trx) => searchPage(trx, f, match)), alongside(match)]);
    return { rows, match, extra };
  };
  if (!f.q) return attempt(undefined);
  if (!f.cursor?.fuzzy) {
    const exact = await attempt('full_text');
    if (exact.rows.length > 0 || f.cursor) return exact;
  }
  return attempt('similar');
}

/**
 * Runs a search's statements in one read-only transaction planned for their values: the app's client
 * prepares statements, and a generic plan cannot know whether `camera` matches 1% of listings or a
 * price range 70% — at a million rows one such plan walked the price index for seconds. With
 * `similar`, `<%` (word similarity) uses SIMILARITY_THRESHOLD.
 */
export function withSearchPlanning<T>(db: Kysely<DB>, match: TextMatch | undefined, fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  return inTransaction(
    db,
    async (trx) => {
      const settings = [sql`set_config('plan_cache_mode', 'force_custom_plan', true)`];
      if (match === 'similar') settings.push(sql`set_config('pg_trgm.word_similarity_threshold', ${String(SIMILARITY_THRESHOLD)}, true)`);
      await sql`SELECT ${sql.join(settings)}`.execute(trx);
      return fn(trx);
    },
    { readOnly: true },
  );
}
