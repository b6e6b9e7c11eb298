import { type Kysely, sql } from 'kysely';
import type { DB } from '../../../db/schema';
import { noConfirmedFraudBy } from '../../trust-safety/fraud-cases';

// A search filtering a million listings by their seller's rating cannot average reviews per row, so
// the averages live in `seller_ratings`, recomputed by the worker from the same reviews reputation
// counts (published, visible — the double-blind hold ends by the clock, not by a write — and not by
// a confirmed fraudster). A new review therefore reaches search at the next refresh.

/** Recomputes every reviewed user's rating as of `now`; users left with no counted review drop out. */
export async function refreshSellerRatings(db: Kysely<DB>, now: Date): Promise<void> {
  // One statement: a single snapshot, so the upsert and the clean-up agree.
  await sql`
      WITH counted AS (
        SELECT r.subject_id, count(*)::int AS n, avg(r.rating)::float8 AS average
        FROM reviews r
        WHERE r.status = 'published' AND r.visible_at <= ${now} AND ${noConfirmedFraudBy('r.author_id')}
        GROUP BY r.subject_id
      ), upserted AS (
        INSERT INTO seller_ratings (user_id, review_count, average, refreshed_at)
        SELECT subject_id, n, average, ${now} FROM counted
        ON CONFLICT (user_id) DO UPDATE SET review_count = excluded.review_count, average = excluded.average, refreshed_at = excluded.refreshed_at
          WHERE (seller_ratings.review_count, seller_ratings.average) IS DISTINCT FROM (excluded.review_count, excluded.average)
      )
      DELETE FROM seller_ratings s WHERE NOT EXISTS (SELECT 1 FROM counted c WHERE c.subject_id = s.user_id)`.execute(db);
}

/** The user in `userId` (a column reference such as 'listings.seller_id') averages at least `min` stars. */
export const ratedAtLeast = (userId: string, min: number) => sql<boolean>`EXISTS (SELECT 1 FROM seller_ratings sr WHERE sr.user_id = ${sql.ref(userId)} AND sr.average >= ${min})`;

export interface SellerRating {
  average: number | null;
  count: number;
}

/** The ratings of these users (average null and count 0 for those without counted reviews). */
export async function sellerRatingsOf(db: Kysely<DB>, userIds: readonly string[]): Promise<Map<string, SellerRating>> {
  const rows = userIds.length ? await db.selectFrom('seller_ratings').select(['user_id', 'average', 'review_count']).where('user_id', 'in', userIds).execute() : [];
  const found = new Map(rows.map((r) => [r.user_id, { average: Math.round(r.average * 100) / 100, count: r.review_count }]));
  return new Map(userIds.map((id) => [id, found.get(id) ?? { average: null, count: 0 }]));
}
