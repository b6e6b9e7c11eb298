import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema';

/** The latest order of the buyer on the listing, if any: the order a conversation has continued into. */
export async function latestOrderIdOf(db: Kysely<DB> | Transaction<DB>, listingId: string, buyerId: string): Promise<string | null> {
  const row = await db
    .selectFrom('orders')
    .select('id')
    .where('listing_id', '=', listingId)
    .where('buyer_id', '=', buyerId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}
