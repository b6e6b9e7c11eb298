import { type Kysely, sql } from 'kysely';
import { type Cursor, afterCursor } from '../../../db/keyset';
import type { DB, ListingStatus } from '../../../db/schema';
import { reviewImagesOf } from '../../marketplace/listing-images';
import { toListingResponse } from '../../marketplace/listings';
import { latestListingScores } from '../../risk/seller-risk';

function queueRows(db: Kysely<DB>, viewerId: string) {
  return (
    db
      .selectFrom('listings')
      .innerJoin('users', 'users.id', 'listings.seller_id')
      .selectAll('listings')
      .select(['users.display_name as seller_display_name', 'users.email as seller_email'])
      .select(sql<number>`(SELECT count(*)::int FROM reports r WHERE r.target_type = 'listing' AND r.target_id = listings.id AND r.status = 'open')`.as('open_reports'))
      // A moderator never sees their own listings here.
      .where('listings.seller_id', '<>', viewerId)
  );
}

/** The moderators' queue: listings in one status with their seller and how many open reports they have. */
export function listQueue(db: Kysely<DB>, f: { status: ListingStatus; viewerId: string; limit: number; cursor?: Cursor }) {
  let q = queueRows(db, f.viewerId).where('listings.status', '=', f.status);
  if (f.cursor) q = q.where(afterCursor('listings.created_at', 'listings.id', f.cursor));
  return q
    .orderBy('listings.created_at', 'desc')
    .orderBy('listings.id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

/** One listing as the queue shows it, in any status (where a reused photo's match leads); none for the viewer's own. */
export function findQueuedListing(db: Kysely<DB>, id: string, viewerId: string) {
  return queueRows(db, viewerId).where('listings.id', '=', id).executeTakeFirst();
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

/** Maps queue rows to their responses, each with its photos (safety verdicts, reuse matches) and its latest seller-risk score, each read in one query. */
export async function withReviewDetails(db: Kysely<DB>, rows: readonly QueueRow[]) {
  const ids = rows.map((r) => r.id);
  const [images, risks] = await Promise.all([reviewImagesOf(db, ids), latestListingScores(db, ids)]);
  return (r: QueueRow) => ({ ...toQueuedListingResponse(r), images: images.get(r.id) ?? [], seller_risk: risks.get(r.id) ?? null });
}
