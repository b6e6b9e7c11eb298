import type { Kysely } from 'kysely';
import type { DB, FraudCaseSource } from '../../../db/schema';
import { type Cursor, afterCursor } from '../../../db/keyset';
import { liveReasonsOf } from '../../risk/scoring';

// Left joins: a stream case may have no order.
const withOrder = (db: Kysely<DB>) =>
  db
    .selectFrom('fraud_cases')
    .leftJoin('orders', 'orders.id', 'fraud_cases.order_id')
    .leftJoin('listings', 'listings.id', 'orders.listing_id')
    .selectAll('fraud_cases')
    .select(['orders.amount', 'orders.currency', 'orders.status as order_status', 'listings.title as listing_title'])
    .select(liveReasonsOf('fraud_cases.order_id').as('risk_reasons'));

/** A case with its order's amount and status, its listing's title and why the live model scored the order what it did (null for a stream case without an order). */
export function findFraudCaseView(db: Kysely<DB>, id: string) {
  return withOrder(db).where('fraud_cases.id', '=', id).executeTakeFirst();
}

export type FraudCaseInbox = 'unassigned' | 'mine' | 'all';

/** The staff's fraud case list: by status, source, subject or inbox, newest first. */
export function listFraudCases(
  db: Kysely<DB>,
  f: { status?: 'open' | 'closed'; source?: FraudCaseSource; inbox?: FraudCaseInbox; viewerId: string; subjectId?: string; now?: Date; limit: number; cursor?: Cursor },
) {
  // The viewer never sees a case about themselves or their own order (see isFraudCaseParty).
  let q = withOrder(db)
    .where('fraud_cases.subject_user_id', '<>', f.viewerId)
    .where('orders.buyer_id', 'is distinct from', f.viewerId)
    .where('orders.seller_id', 'is distinct from', f.viewerId);
  if (f.status) q = q.where('fraud_cases.status', '=', f.status);
  if (f.source) q = q.where('fraud_cases.source', '=', f.source);
  if (f.subjectId) q = q.where('fraud_cases.subject_user_id', '=', f.subjectId);
  if (f.inbox === 'mine') q = q.where('fraud_cases.assignee_id', '=', f.viewerId);
  if (f.inbox === 'unassigned') {
    // A snoozed case leaves the shared inbox until its snooze runs out.
    const now = f.now ?? new Date();
    q = q.where('fraud_cases.assignee_id', 'is', null).where((eb) => eb.or([eb('fraud_cases.snoozed_until', 'is', null), eb('fraud_cases.snoozed_until', '<=', now)]));
  }
  if (f.cursor) q = q.where(afterCursor('fraud_cases.created_at', 'fraud_cases.id', f.cursor));
  return q
    .orderBy('fraud_cases.created_at', 'desc')
    .orderBy('fraud_cases.id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

export type FraudCaseView = NonNullable<Awaited<ReturnType<typeof findFraudCaseView>>>;
