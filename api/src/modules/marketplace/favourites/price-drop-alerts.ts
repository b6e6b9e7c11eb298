import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import { appendEvents } from '../../platform/outbox';
import { findMatchableListing } from '../listings';
import { notify } from '../notifications';
import { favouritersOf } from './favourites.repository';

export interface PriceDrop {
  listingId: string;
  /** Minor units of `currency`. */
  oldAmount: number;
  newAmount: number;
  currency: string;
}

/**
 * Tells everyone who favourited the listing that its price dropped (one notification each), unless
 * the listing is no longer on sale to the public or one of them blocked the other. Returns how many
 * were told.
 */
export async function alertPriceDrop(trx: Transaction<DB>, drop: PriceDrop, now: Date): Promise<number> {
  const listing = await findMatchableListing(trx, drop.listingId);
  if (!listing) return 0;
  const users = await favouritersOf(trx, listing.id, listing.seller_id);
  const [oldPrice, newPrice] = [drop.oldAmount, drop.newAmount].map((amount) => ({ amount, currency: drop.currency }));
  for (const userId of users) await notify(trx, userId, 'listing.price_dropped', { listing_id: listing.id, title: listing.title, old_price: oldPrice, new_price: newPrice }, now);
  await appendEvents(
    trx,
    users.map((userId) => ({
      type: 'alert.price_drop',
      aggregateType: 'listing',
      aggregateId: listing.id,
      occurredAt: now,
      payload: { listing_id: listing.id, user_id: userId, old_amount: drop.oldAmount, new_amount: drop.newAmount, currency: drop.currency },
    })),
  );
  return users.length;
}
