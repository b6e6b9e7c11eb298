import { type Kysely, sql } from 'kysely';
import { type Cursor, afterCursor } from '../../../db/keyset';
import type { DB, ListingStatus } from '../../../db/schema';
import { toListingResponse } from '../../marketplace/listings';

/** The moderators' queue: listings in one status with their seller and how many open reports they have. */
export function listQueue(db: Kysely<DB>, f: { status: ListingStatus; viewerId: string; limit: number; cursor?: Cursor }) {
  let q = db
    .selectFrom('listings')
    .innerJoin('users', 'users.id', 'listings.seller_id')
    .selectAll('listings')
    .select(['users.display_name as seller_display_name', 'users.email as seller_email'])
    .select(sql<number>`(SELECT count(*)::int FROM reports r WHERE r.target_type = 'listing' AND r.target_id = listings.id AND r.status = 'open')`.as('open_reports'))
    .where('listings.status', '=', f.status)
    // A moderator never sees their own listings here.
    .where('listings.seller_id', '<>', f.viewerId);
  if (f.cursor) q = q.where(afterCursor('listings.created_at', 'listings.id', f.cursor));
  return q
    .orderBy('listings.created_at', 'desc')
    .orderBy('listings.id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

type QueueRow = Awaited<ReturnType<typeof listQueue>>[number];

export function toQueuedListingResponse(r: QueueRow) {
  return {
    ...toListingResponse(r),
    flags: r.moderation_flags,
    open_reports: r.open_reports,
    seller: { id: r.seller_id, display_name: r.seller_display_name, email: r.seller_email },
  };
}
