import type { Kysely, Transaction } from 'kysely';
import type { DB, ListingStatus } from '../../../db/schema';
import { toAmount } from '../../money/currencies';
import type { Listing } from './listings.repository';

/** Statuses in which others see a listing; entering `active` from any other status (or none) publishes it. */
const PUBLIC_STATUSES: readonly ListingStatus[] = ['active', 'reserved', 'sold'];

/** Queues a `published` change when the listing has just entered `active` from a status others do not see (or was created live). */
export async function recordPublished(trx: Transaction<DB>, listing: Listing, previous: ListingStatus | undefined, at: Date): Promise<void> {
  if (listing.status !== 'active' || (previous && PUBLIC_STATUSES.includes(previous))) return;
  await trx.insertInto('listing_changes').values({ listing_id: listing.id, kind: 'published', new_amount: listing.price_amount, currency: listing.currency, at }).execute();
}

/**
 * Appends the listing's price to its history when it is new or changed (`before` undefined: just
 * created), and queues a `price_drop` when it fell in the same currency. True when the price changed.
 */
export async function recordPrice(trx: Transaction<DB>, before: Listing | undefined, after: Listing, changedBy: string, at: Date): Promise<boolean> {
  if (before && before.price_amount === after.price_amount && before.currency === after.currency) return false;
  await trx
    .insertInto('listing_price_history')
    .values({ listing_id: after.id, amount: after.price_amount, currency: after.currency, changed_by: changedBy, changed_at: at })
    .execute();
  if (before && before.currency === after.currency && toAmount(after.price_amount) < toAmount(before.price_amount)) {
    await trx
      .insertInto('listing_changes')
      .values({ listing_id: after.id, kind: 'price_drop', old_amount: before.price_amount, new_amount: after.price_amount, currency: after.currency, at })
      .execute();
  }
  return before !== undefined;
}

export interface ListingChange {
  id: string;
  listing_id: string;
  kind: 'published' | 'price_drop';
  old_amount: number | null;
  new_amount: number;
  currency: string;
  at: Date;
}

/**
 * Takes (deletes and returns) up to `limit` queued changes, oldest first, for one consumer. A price
 * drop is queued whatever the listing's status (a draft's too): the consumer decides, from the
 * listing as it is then, whether anyone may hear of it. Rows that
 * another transaction holds are skipped, not waited for, and a row that commits late with a lower id
 * is simply taken next time: deleting instead of following a cursor leaves no gap and takes each
 * row once (when the caller's transaction commits).
 */
export async function takeListingChanges(trx: Transaction<DB>, limit: number): Promise<ListingChange[]> {
  const rows = await trx
    .deleteFrom('listing_changes')
    .where('id', 'in', (eb) => eb.selectFrom('listing_changes').select('id').orderBy('id').limit(limit).forUpdate().skipLocked())
    .returningAll()
    .execute();
  return rows
    .map((r) => ({ ...r, old_amount: r.old_amount === null ? null : toAmount(r.old_amount), new_amount: toAmount(r.new_amount) }))
    .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
}

/** The listing's prices, oldest first. */
export async function priceHistory(db: Kysely<DB>, listingId: string): Promise<{ amount: number; currency: string; changed_at: Date }[]> {
  const rows = await db.selectFrom('listing_price_history').select(['amount', 'currency', 'changed_at']).where('listing_id', '=', listingId).orderBy('id').execute();
  return rows.map((r) => ({ ...r, amount: toAmount(r.amount) }));
}
