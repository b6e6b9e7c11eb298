import type { Kysely, Transaction } from 'kysely';
import type { DB, ReviewStatus } from '../../../db/schema';
import { type Cursor, afterCursor } from '../../../db/keyset';
import { toReviewResponse, withNames } from './reviews.repository';

// The staff's view of reviews: each with its subject's name and the title of the listing it is about.

type Db = Kysely<DB> | Transaction<DB>;

function adminRows(db: Db) {
  return withNames(db)
    .innerJoin('users as subject', 'subject.id', 'reviews.subject_id')
    .innerJoin('orders', 'orders.id', 'reviews.order_id')
    .innerJoin('listings', 'listings.id', 'orders.listing_id')
    .select(['subject.display_name as subject_name', 'listings.title as listing_title']);
}

export type AdminReviewRow = Awaited<ReturnType<typeof findAdminReview>> & {};

export function findAdminReview(db: Db, id: string) {
  return adminRows(db).where('reviews.id', '=', id).executeTakeFirstOrThrow();
}

/** Staff never see a review by or about themselves (see isReviewParty). */
const staffRows = (db: Kysely<DB>, viewerId: string) => adminRows(db).where('reviews.author_id', '<>', viewerId).where('reviews.subject_id', '<>', viewerId);

export function listReviewQueue(db: Kysely<DB>, f: { status: ReviewStatus; viewerId: string; limit: number; cursor?: Cursor }) {
  let q = staffRows(db, f.viewerId).where('reviews.status', '=', f.status);
  if (f.cursor) q = q.where(afterCursor('reviews.created_at', 'reviews.id', f.cursor));
  return q
    .orderBy('reviews.created_at', 'desc')
    .orderBy('reviews.id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

/** Every review by or about a user, whatever its status (the console's user page). */
export function listUserReviewsForStaff(db: Kysely<DB>, userId: string, viewerId: string, limit: number, cursor?: Cursor) {
  let q = staffRows(db, viewerId).where((eb) => eb.or([eb('reviews.author_id', '=', userId), eb('reviews.subject_id', '=', userId)]));
  if (cursor) q = q.where(afterCursor('reviews.created_at', 'reviews.id', cursor));
  return q
    .orderBy('reviews.created_at', 'desc')
    .orderBy('reviews.id', 'desc')
    .limit(limit + 1)
    .execute();
}

export function toAdminReviewResponse(r: AdminReviewRow) {
  return {
    ...toReviewResponse(r),
    subject_name: r.subject_name,
    listing_title: r.listing_title,
    flags: r.flags,
    removed_reason: r.removed_reason,
    decided_by: r.decided_by,
    decided_at: r.decided_at?.toISOString() ?? null,
  };
}
