import type { Kysely, Transaction } from 'kysely';
import { type Cursor, afterCursor } from '../../../db/keyset';
import type { DB } from '../../../db/schema';
import { neitherBlocked } from '../blocks';

export interface Favourite {
  /** The listing (named `id` for the page cursor). */
  id: string;
  created_at: Date;
}

/** True when the row is new; favouriting twice keeps the first date. */
export async function insertFavourite(trx: Transaction<DB>, userId: string, listingId: string, now: Date): Promise<boolean> {
  const row = await trx
    .insertInto('favourites')
    .values({ user_id: userId, listing_id: listingId, created_at: now })
    .onConflict((oc) => oc.columns(['user_id', 'listing_id']).doNothing())
    .returning('listing_id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function deleteFavourite(trx: Transaction<DB>, userId: string, listingId: string): Promise<boolean> {
  const result = await trx.deleteFrom('favourites').where('user_id', '=', userId).where('listing_id', '=', listingId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The user's favourites, newest first. */
export function listFavourites(db: Kysely<DB>, userId: string, limit: number, cursor?: Cursor): Promise<Favourite[]> {
  let query = db.selectFrom('favourites').select(['listing_id as id', 'created_at']).where('user_id', '=', userId);
  if (cursor) query = query.where(afterCursor('created_at', 'listing_id', cursor));
  return query
    .orderBy('created_at', 'desc')
    .orderBy('listing_id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** How many people favourited each listing (absent: none). */
export async function favouriteCounts(db: Kysely<DB>, listingIds: readonly string[]): Promise<Map<string, number>> {
  if (listingIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('favourites')
    .select(['listing_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('listing_id', 'in', listingIds)
    .groupBy('listing_id')
    .execute();
  return new Map(rows.map((r) => [r.listing_id, Number(r.n)]));
}

/** Who favourited the listing, less anyone the seller blocked or who blocked the seller. */
export async function favouritersOf(trx: Transaction<DB>, listingId: string, sellerId: string): Promise<string[]> {
  const rows = await trx.selectFrom('favourites').select('user_id').where('listing_id', '=', listingId).where(neitherBlocked('favourites.user_id', sellerId)).execute();
  return rows.map((r) => r.user_id);
}

/** Every favourite of the user, oldest first (their data export). */
export async function exportFavouritesOf(db: Kysely<DB>, userId: string) {
  const rows = await db.selectFrom('favourites').select(['listing_id', 'created_at']).where('user_id', '=', userId).orderBy('created_at').execute();
  return rows.map((r) => ({ listing_id: r.listing_id, created_at: r.created_at.toISOString() }));
}

/** Account deletion: the user's favourites. */
export async function eraseFavourites(trx: Transaction<DB>, userId: string): Promise<void> {
  await trx.deleteFrom('favourites').where('user_id', '=', userId).execute();
}
