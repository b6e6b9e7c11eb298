import { type Kysely, sql } from 'kysely';
import type { DB } from '../../../db/schema';

/**
 * Whether the user reported the report's target (this report or another: a decision decides every
 * open report on the target) or the target is theirs: themself, their listing, a message they wrote,
 * or a review they wrote or that is about them. The one definition behind the queue's filter and
 * the decision's check: such staff neither see nor decide the report (404).
 */
const involves = (
  userId: string,
) => sql<boolean>`(EXISTS (SELECT 1 FROM reports o WHERE o.target_type = reports.target_type AND o.target_id = reports.target_id AND o.reporter_id = ${userId}::uuid)
  OR (reports.target_type = 'user' AND reports.target_id = ${userId}::uuid)
  OR (reports.target_type = 'listing' AND EXISTS (SELECT 1 FROM listings l WHERE l.id = reports.target_id AND l.seller_id = ${userId}::uuid))
  OR (reports.target_type = 'review' AND EXISTS (SELECT 1 FROM reviews r WHERE r.id = reports.target_id AND ${userId}::uuid IN (r.author_id, r.subject_id)))
  OR (reports.target_type = 'message' AND (EXISTS (SELECT 1 FROM messages m WHERE m.id = reports.target_id AND m.author_id = ${userId}::uuid)
    OR EXISTS (SELECT 1 FROM dispute_messages m WHERE m.id = reports.target_id AND m.author_id = ${userId}::uuid))))`;

export const notInvolving = (userId: string) => sql<boolean>`NOT ${involves(userId)}`;

/** Who the target belongs to. */
export const targetOwnerId = sql<string | null>`CASE reports.target_type
      WHEN 'user' THEN reports.target_id
      WHEN 'listing' THEN (SELECT l.seller_id FROM listings l WHERE l.id = reports.target_id)
      WHEN 'review' THEN (SELECT r.author_id FROM reviews r WHERE r.id = reports.target_id)
      ELSE COALESCE((SELECT m.author_id FROM messages m WHERE m.id = reports.target_id), (SELECT m.author_id FROM dispute_messages m WHERE m.id = reports.target_id))
    END`;

/** What the target says (or is called). */
export const targetExcerpt = sql<string | null>`CASE reports.target_type
      WHEN 'user' THEN (SELECT u.display_name FROM users u WHERE u.id = reports.target_id)
      WHEN 'listing' THEN (SELECT l.title FROM listings l WHERE l.id = reports.target_id)
      WHEN 'review' THEN (SELECT r.text FROM reviews r WHERE r.id = reports.target_id)
      ELSE (SELECT m.body FROM dispute_messages m WHERE m.id = reports.target_id)
    END`;

/** Reports on the user or on one of their listings. */
export const targetsUser = (userId: string) => sql<boolean>`(reports.target_type = 'user' AND reports.target_id = ${userId}::uuid)
    OR (reports.target_type = 'listing' AND EXISTS (SELECT 1 FROM listings l WHERE l.id = reports.target_id AND l.seller_id = ${userId}::uuid))`;

export async function isReportParty(db: Kysely<DB>, reportId: string, userId: string): Promise<boolean> {
  return (await db.selectFrom('reports').select('id').where('id', '=', reportId).where(involves(userId)).executeTakeFirst()) !== undefined;
}
