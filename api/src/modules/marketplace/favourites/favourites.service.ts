import type { AppContext } from '../../../context';
import type { Cursor } from '../../../db/keyset';
import { inTransaction } from '../../../db/transaction';
import { invalid, notFound } from '../../../errors';
import { type DomainEvent, appendEvents } from '../../platform/outbox';
import { type Listing, findListing, findVisibleListing, findVisibleListings } from '../listings';
import { type Favourite, deleteFavourite, insertFavourite, listFavourites } from './favourites.repository';

const favouriteEvent = (type: 'listing.favourited' | 'listing.unfavourited', listing: Pick<Listing, 'id' | 'seller_id'>, userId: string, now: Date): DomainEvent => ({
  type,
  aggregateType: 'listing',
  aggregateId: listing.id,
  occurredAt: now,
  payload: { listing_id: listing.id, seller_id: listing.seller_id, user_id: userId },
});

/** Idempotent: favouriting again changes nothing. Only a listing the user can see (404 otherwise, as for a missing one), never their own. */
export async function favouriteListing(ctx: AppContext, userId: string, listingId: string): Promise<void> {
  const listing = await findVisibleListing(ctx.db, listingId, userId);
  if (!listing) throw notFound('Listing');
  if (listing.seller_id === userId) throw invalid('own_listing', 'You cannot favourite your own listing', 'listing_id');
  const now = ctx.clock.now();
  await inTransaction(ctx.db, async (trx) => {
    if (await insertFavourite(trx, userId, listingId, now)) await appendEvents(trx, [favouriteEvent('listing.favourited', listing, userId, now)]);
  });
}

/** Idempotent: removing a favourite that is not there (any more) changes nothing. */
export async function unfavouriteListing(ctx: AppContext, userId: string, listingId: string): Promise<void> {
  const now = ctx.clock.now();
  await inTransaction(ctx.db, async (trx) => {
    if (!(await deleteFavourite(trx, userId, listingId))) return;
    // The favourite's foreign key keeps the listing row, whatever its status now.
    const listing = (await findListing(trx, listingId))!;
    await appendEvents(trx, [favouriteEvent('listing.unfavourited', listing, userId, now)]);
  });
}

/** A page of the user's favourites, each with the listing as they may see it now (null once they no longer may: removed, under review, seller suspended or blocking). */
export async function myFavourites(ctx: AppContext, userId: string, limit: number, cursor?: Cursor): Promise<{ rows: Favourite[]; listings: Map<string, Listing> }> {
  const rows = await listFavourites(ctx.db, userId, limit, cursor);
  const listings = await findVisibleListings(
    ctx.db,
    rows.map((r) => r.id),
    userId,
  );
  return { rows, listings: new Map(listings.map((l) => [l.id, l])) };
}
