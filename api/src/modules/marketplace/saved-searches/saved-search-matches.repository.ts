import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB, ListingCondition } from '../../../db/schema';
import { neitherBlocked } from '../blocks';
import { matchesTextQuery } from '../listings';
import { listingKeys } from './saved-search-constraints';

/** What matching needs of a new listing: its fields, its text as lexemes and as a vector, and its seller's standing. */
export interface MatchableListing {
  id: string;
  seller_id: string;
  category: string;
  currency: string;
  price_amount: string;
  condition: ListingCondition;
  attributes: Record<string, string | number>;
  lat: number | null;
  lng: number | null;
  lexemes: string[];
  vector: string;
  seller_verified: boolean;
  /** The seller's average rating; null without counted reviews. */
  seller_rating: number | null;
}

/**
 * The saved searches a new listing matches, as one indexed query. Each search is indexed once, by its
 * anchor (its rarest word or category): the candidates are the searches anchored on one of the
 * listing's own keys (a btree probe per key) and the few without keys; on those alone the rest is
 * checked: every key present, currency, price range, the exact text query where words do not decide.
 * Never the seller's own searches, nor those of users either side blocked.
 */
export function matchingSearches(db: Kysely<DB> | Transaction<DB>, listing: MatchableListing) {
  const keys = listingKeys(listing);
  return db
    .selectFrom('saved_searches as s')
    .select(['s.id', 's.user_id'])
    .where((eb) => eb.or([eb('s.anchor', '=', eb.fn.any(sql.val(keys))), eb('s.anchor', 'is', null)]))
    .where(sql<boolean>`s.keys <@ ${keys}::text[]`)
    .where((eb) => eb.or([eb('s.currency', 'is', null), eb('s.currency', '=', listing.currency)]))
    .where((eb) => eb.or([eb('s.min_price', 'is', null), eb('s.min_price', '<=', listing.price_amount)]))
    .where((eb) => eb.or([eb('s.max_price', 'is', null), eb('s.max_price', '>=', listing.price_amount)]))
    .where((eb) => eb.or([eb('s.text_query', 'is', null), matchesTextQuery(sql`${listing.vector}::tsvector`, sql.ref('s.text_query'))]))
    .where((eb) => eb.or([eb('s.conditions', 'is', null), sql<boolean>`${listing.condition} = ANY(s.conditions)`]))
    .where((eb) => eb.or([eb('s.min_rating', 'is', null), eb('s.min_rating', '<=', listing.seller_rating)]))
    .where((eb) => (listing.seller_verified ? sql<boolean>`true` : eb('s.verified_sellers', '=', false)))
    .where((eb) =>
      listing.lat === null || listing.lng === null
        ? eb('s.lat', 'is', null)
        : eb.or([
            eb('s.lat', 'is', null),
            sql<boolean>`earth_distance(ll_to_earth(s.lat, s.lng), ll_to_earth(${listing.lat}::float8, ${listing.lng}::float8)) <= s.radius_km * 1000`,
          ]),
    )
    .where('s.user_id', '<>', listing.seller_id)
    .where(neitherBlocked('s.user_id', listing.seller_id));
}

/**
 * Records the listing as a pending match of every saved search it matches, in one statement, and
 * schedules each search's digest: now if it has not alerted within `digestMinutes`, else that long
 * after its last alert. Returns how many searches it matched.
 */
export async function recordMatches(trx: Transaction<DB>, listing: MatchableListing, now: Date, digestMinutes: number): Promise<number> {
  const rows = await trx
    .with('matched', () => matchingSearches(trx, listing))
    .with('inserted', (db) =>
      db
        .insertInto('saved_search_matches')
        .columns(['saved_search_id', 'listing_id', 'matched_at'])
        .expression((eb) => eb.selectFrom('matched').select(['matched.id', sql.val(listing.id).as('listing_id'), sql.val(now).as('matched_at')]))
        .onConflict((oc) => oc.doNothing())
        .returning('saved_search_id'),
    )
    .updateTable('saved_searches')
    .set({ digest_due_at: sql`COALESCE(digest_due_at, GREATEST(${now}::timestamptz, last_alerted_at + ${digestMinutes} * interval '1 minute'))` })
    .where('id', 'in', (eb) => eb.selectFrom('inserted').select('saved_search_id'))
    .returning('id')
    .execute();
  return rows.length;
}

export interface DueDigest {
  id: string;
  user_id: string;
  name: string | null;
}

/** Saved searches whose digest is due, locked; rows another worker holds are skipped. */
export function claimDueDigests(trx: Transaction<DB>, now: Date, limit: number): Promise<DueDigest[]> {
  return trx
    .selectFrom('saved_searches')
    .select(['id', 'user_id', 'name'])
    .where('digest_due_at', '<=', now)
    .orderBy('digest_due_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

/** Marks the search's pending matches alerted and returns them, in the order they matched. */
export async function takeMatches(trx: Transaction<DB>, savedSearchId: string, now: Date): Promise<string[]> {
  const rows = await trx
    .updateTable('saved_search_matches')
    .set({ alerted_at: now })
    .where('saved_search_id', '=', savedSearchId)
    .where('alerted_at', 'is', null)
    .returning(['listing_id', 'matched_at'])
    .execute();
  return rows.sort((a, b) => a.matched_at.getTime() - b.matched_at.getTime()).map((r) => r.listing_id);
}

/** The digest went out (`alertedAt`) or had nothing left to say (null): nothing is pending any more. */
export async function closeDigest(trx: Transaction<DB>, savedSearchId: string, alertedAt: Date | null): Promise<void> {
  await trx
    .updateTable('saved_searches')
    .set(alertedAt ? { digest_due_at: null, last_alerted_at: alertedAt } : { digest_due_at: null })
    .where('id', '=', savedSearchId)
    .execute();
}
