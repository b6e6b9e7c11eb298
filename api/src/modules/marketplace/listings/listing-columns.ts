import { sql } from 'kysely';
import type { ListingRow } from '../../../db/schema';

// For other modules' queries that show a listing beside their own rows: a subquery on the id in
// `listingId` (a column reference such as 'orders.listing_id'), so no other module joins `listings`.

export function listingColumn<C extends 'title'>(column: C, listingId: string) {
  return sql<ListingRow[C]>`(SELECT ${sql.ref(`l.${column}`)} FROM listings l WHERE l.id = ${sql.ref(listingId)})`;
}
