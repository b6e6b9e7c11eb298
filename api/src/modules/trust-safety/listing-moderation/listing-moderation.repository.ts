import { type Kysely, type Transaction, sql } from 'kysely';
import { type Cursor, afterCursor } from '../../../db/keyset';
import type { DB, ListingDecisionBatchRow, ListingDecisionRow, ListingStatus } from '../../../db/schema';
import { type Listing, toListingResponse } from '../../marketplace/listings';

export function insertDecision(trx: Transaction<DB>, d: Omit<ListingDecisionRow, 'id'>): Promise<ListingDecisionRow> {
  return trx.insertInto('listing_decisions').values(d).returningAll().executeTakeFirstOrThrow();
}

export function insertBatch(trx: Transaction<DB>, b: Pick<ListingDecisionBatchRow, 'staff_id' | 'decision' | 'created_at'>): Promise<ListingDecisionBatchRow> {
  return trx.insertInto('listing_decision_batches').values({ ...b, undone_at: null, undone_by: null }).returningAll().executeTakeFirstOrThrow();
}

export function lockBatch(trx: Transaction<DB>, id: string): Promise<ListingDecisionBatchRow | undefined> {
  return trx.selectFrom('listing_decision_batches').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function markBatchUndone(trx: Transaction<DB>, id: string, staffId: string, now: Date): Promise<void> {
  await trx.updateTable('listing_decision_batches').set({ undone_at: now, undone_by: staffId }).where('id', '=', id).execute();
}

/** The batch's own decisions (not the undo rows that share its id). */
export function batchDecisions(trx: Transaction<DB>, batchId: string): Promise<ListingDecisionRow[]> {
  return trx.selectFrom('listing_decisions').selectAll().where('batch_id', '=', batchId).where('decision', '<>', 'undo').orderBy('listing_id').execute();
}

/** Locks several listings in id order, so two bulk decisions over overlapping sets cannot deadlock. */
export function lockListings(trx: Transaction<DB>, ids: readonly string[]): Promise<Listing[]> {
  return trx.selectFrom('listings')
    .select(['id', 'seller_id', 'title', 'description', 'price_amount', 'currency', 'category', 'status', 'moderation_flags', 'moderation_note', 'created_at', 'updated_at'])
    .where('id', 'in', ids).orderBy('id').forUpdate().execute();
}

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
  return q.orderBy('listings.created_at', 'desc').orderBy('listings.id', 'desc').limit(f.limit + 1).execute();
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
