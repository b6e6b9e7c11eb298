import type { Kysely } from 'kysely';
import { type Cursor, afterCursor } from '../../../db/keyset';
import type { DB, DisputeRow } from '../../../db/schema';

/** A buyer dispute as the staff queue lists it: with its order's parties and listing title. */
export type QueuedDispute = DisputeRow & { buyer_id: string; seller_id: string; listing_title: string };

/** The staff's queue of buyer disputes (all, assigned to the viewer, or unassigned), newest first. */
export function listBuyerDisputes(
  db: Kysely<DB>,
  f: { status?: string; assigned: 'me' | 'unassigned' | 'all'; staffId: string; limit: number; cursor?: Cursor },
): Promise<QueuedDispute[]> {
  let q = db
    .selectFrom('disputes')
    .innerJoin('orders', 'orders.id', 'disputes.order_id')
    .innerJoin('listings', 'listings.id', 'orders.listing_id')
    .selectAll('disputes')
    .select(['orders.buyer_id', 'orders.seller_id', 'listings.title as listing_title'])
    .where('disputes.source', '=', 'buyer')
    // Staff never see a dispute on their own order (see isDisputeParty).
    .where('orders.buyer_id', '<>', f.staffId)
    .where('orders.seller_id', '<>', f.staffId);
  if (f.status) q = q.where('disputes.status', '=', f.status);
  if (f.assigned === 'me') q = q.where('disputes.assigned_arbitrator_id', '=', f.staffId);
  if (f.assigned === 'unassigned') q = q.where('disputes.assigned_arbitrator_id', 'is', null);
  if (f.cursor) q = q.where(afterCursor('disputes.created_at', 'disputes.id', f.cursor));
  return q
    .orderBy('disputes.created_at', 'desc')
    .orderBy('disputes.id', 'desc')
    .limit(f.limit + 1)
    .execute();
}
