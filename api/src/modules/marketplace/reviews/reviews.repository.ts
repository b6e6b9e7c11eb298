import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB, ReviewRow, ReviewStatus } from '../../../db/schema';
import { type Cursor, afterCursor } from '../../../db/keyset';
import { noConfirmedFraudBy } from '../../trust-safety/fraud-cases';
import { userColumn } from '../users';

type Db = Kysely<DB> | Transaction<DB>;

export async function reviewExists(db: Kysely<DB>, id: string): Promise<boolean> {
  return (await db.selectFrom('reviews').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Published and past its double-blind hold: what the public (and the reviewed party) may see. */
export const publiclyVisible = (r: Pick<ReviewRow, 'status' | 'visible_at'>, now: Date) => r.status === 'published' && r.visible_at <= now;

export function reviewsOfOrder(db: Db, orderId: string) {
  return withNames(db).where('reviews.order_id', '=', orderId).orderBy('reviews.created_at').execute();
}

export function insertReview(trx: Transaction<DB>, r: Omit<ReviewRow, 'id' | 'reply' | 'replied_at' | 'removed_reason' | 'decided_by' | 'decided_at'>): Promise<ReviewRow> {
  return trx.insertInto('reviews').values(r).returningAll().executeTakeFirstOrThrow();
}

export function lockReview(trx: Transaction<DB>, id: string): Promise<ReviewRow | undefined> {
  return trx.selectFrom('reviews').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Reviews for `subjectId` created since `since` (the burst check). */
export async function countReviewsAbout(trx: Transaction<DB>, subjectId: string, since: Date): Promise<number> {
  const row = await trx
    .selectFrom('reviews')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('subject_id', '=', subjectId)
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Adds `flag` (once) and holds a published review for the moderators. */
export function flagReview(trx: Transaction<DB>, id: string, flag: string) {
  return trx
    .updateTable('reviews')
    .set({
      flags: sql<string[]>`CASE WHEN ${flag} = ANY(flags) THEN flags ELSE array_append(flags, ${flag}) END`,
      status: sql<ReviewStatus>`CASE WHEN status = 'published' THEN 'flagged' ELSE status END`,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function withNames(db: Db) {
  return db.selectFrom('reviews').selectAll('reviews').select(userColumn('display_name', 'reviews.author_id').as('author_name'));
}

export function listPublicReviews(db: Kysely<DB>, subjectId: string, now: Date, limit: number, cursor?: Cursor) {
  let q = withNames(db).where('reviews.subject_id', '=', subjectId).where('reviews.status', '=', 'published').where('reviews.visible_at', '<=', now);
  if (cursor) q = q.where(afterCursor('reviews.created_at', 'reviews.id', cursor));
  return q
    .orderBy('reviews.created_at', 'desc')
    .orderBy('reviews.id', 'desc')
    .limit(limit + 1)
    .execute();
}

/**
 * What counts toward `subjectId`'s reputation: published, visible reviews whose author has no
 * confirmed fraud case. Read at request time, so a removal or a fraud verdict counts at once.
 */
export function reputationInputs(db: Kysely<DB>, subjectId: string, now: Date) {
  return db
    .selectFrom('reviews')
    .select(['rating', 'item_as_described', 'communication', 'shipping', 'payment'])
    .where('subject_id', '=', subjectId)
    .where('status', '=', 'published')
    .where('visible_at', '<=', now)
    .where(noConfirmedFraudBy('reviews.author_id'))
    .execute();
}

export function toReviewResponse(r: ReviewRow & { author_name: string }) {
  return {
    id: r.id,
    order_id: r.order_id,
    author_id: r.author_id,
    author_name: r.author_name,
    subject_id: r.subject_id,
    author_role: r.author_role,
    rating: r.rating,
    item_as_described: r.item_as_described,
    communication: r.communication,
    shipping: r.shipping,
    payment: r.payment,
    text: r.text,
    status: r.status,
    visible_at: r.visible_at.toISOString(),
    reply: r.reply,
    replied_at: r.replied_at?.toISOString() ?? null,
    created_at: r.created_at.toISOString(),
  };
}

/**
 * The user's data export: every review they wrote, and those about them that they may already see
 * (published and past the double-blind hold: the export must not reveal a review early).
 */
export async function exportReviewsOf(db: Kysely<DB>, userId: string, now: Date) {
  const written = await withNames(db).where('reviews.author_id', '=', userId).orderBy('reviews.created_at').orderBy('reviews.id').execute();
  const received = await withNames(db)
    .where('reviews.subject_id', '=', userId)
    .where('reviews.status', '=', 'published')
    .where('reviews.visible_at', '<=', now)
    .orderBy('reviews.created_at')
    .orderBy('reviews.id')
    .execute();
  return { written: written.map(toReviewResponse), received: received.map(toReviewResponse) };
}
