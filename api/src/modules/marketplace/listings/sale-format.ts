import type { Transaction } from 'kysely';
import type { DB, SaleFormat } from '../../../db/schema';
import { conflict } from '../../../errors';
import type { Listing } from './listings.repository';

// How a listing is sold. The auctions module switches a listing to `auction` and back; orders and
// offers read the flag here, so none of them depends on auctions.

export const SALE_FORMATS = ['fixed', 'auction'] as const satisfies readonly SaleFormat[];

export async function setSaleFormat(trx: Transaction<DB>, listingId: string, format: SaleFormat, now: Date): Promise<void> {
  await trx.updateTable('listings').set({ sale_format: format, updated_at: now }).where('id', '=', listingId).execute();
}

/** Refuses buying (or offering on) an auctioned listing at a price: it is sold to the auction's winner. */
export function assertFixedPrice(listing: Pick<Listing, 'sale_format'>): void {
  if (listing.sale_format === 'auction') throw conflict('listing_in_auction', 'This listing is sold by auction: place a bid instead');
}

/** While its auction runs, the seller cannot edit, withdraw or mark the listing sold. */
export function assertNotInAuction(listing: Pick<Listing, 'sale_format' | 'status'>): void {
  if (listing.sale_format === 'auction' && listing.status === 'active')
    throw conflict('listing_in_auction', 'This listing is being auctioned: it cannot change until the auction ends');
}
