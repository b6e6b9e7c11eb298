import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { CLOSING_LABELS, type DB, type FraudCaseRow, type FraudCaseSource } from '../../../db/schema';
import { type Cursor, afterCursor } from '../../../db/keyset';
import { ORDER_STATUSES } from '../../marketplace/orders';
import { MoneyResponse, toAmount } from '../../money/currencies';
import { StreamEvidenceResponse } from './fraud-cases.schemas';

export async function insertFraudCase(
  trx: Transaction<DB>,
  c: { order_id: string; subject_user_id: string; reason: string; risk_score: number; model_version: string; created_at: Date },
): Promise<FraudCaseRow> {
  return trx.insertInto('fraud_cases').values({ ...c, status: 'open', decision: null, decision_note: null, decided_by: null, decided_at: null }).returningAll().executeTakeFirstOrThrow();
}

export async function fraudCaseExists(db: Kysely<DB>, id: string): Promise<boolean> {
  return (await db.selectFrom('fraud_cases').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export function lockFraudCase(trx: Transaction<DB>, id: string) {
  return trx.selectFrom('fraud_cases').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

// Left joins: a stream case may have no order.
const withOrder = (db: Kysely<DB>) =>
  db
    .selectFrom('fraud_cases')
    .leftJoin('orders', 'orders.id', 'fraud_cases.order_id')
    .leftJoin('listings', 'listings.id', 'orders.listing_id')
    .selectAll('fraud_cases')
    .select(['orders.amount', 'orders.currency', 'orders.status as order_status', 'listings.title as listing_title']);

export function findFraudCaseView(db: Kysely<DB>, id: string) {
  return withOrder(db).where('fraud_cases.id', '=', id).executeTakeFirst();
}

export type FraudCaseInbox = 'unassigned' | 'mine' | 'all';

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
    q = q.where('fraud_cases.assignee_id', 'is', null)
      .where((eb) => eb.or([eb('fraud_cases.snoozed_until', 'is', null), eb('fraud_cases.snoozed_until', '<=', now)]));
  }
  if (f.cursor) q = q.where(afterCursor('fraud_cases.created_at', 'fraud_cases.id', f.cursor));
  return q.orderBy('fraud_cases.created_at', 'desc').orderBy('fraud_cases.id', 'desc').limit(f.limit + 1).execute();
}

export const FraudCaseResponse = z.object({
  id: z.uuid(), order_id: z.uuid().nullable(), subject_user_id: z.uuid(), status: z.enum(['open', 'closed']), reason: z.string(),
  risk_score: z.number().int(), model_version: z.string(), decision: z.enum(['clear', 'confirm_fraud']).nullable(),
  decision_note: z.string().nullable(), decided_by: z.uuid().nullable(), decided_at: z.iso.datetime().nullable(),
  closing_label: z.enum(CLOSING_LABELS).nullable(), assignee_id: z.uuid().nullable(), snoozed_until: z.iso.datetime().nullable(),
  created_at: z.iso.datetime(),
  /** payment: opened by the payment-time score, about its order; stream: opened by a stream detector, about accounts. */
  source: z.enum(['payment', 'stream']), detector: z.string().nullable(),
  /** Stream cases: what the detector saw (window, counts, linked accounts, orders, reviews); null for payment cases. */
  evidence: StreamEvidenceResponse.nullable(),
  order: z.object({ amount: MoneyResponse, status: z.enum(ORDER_STATUSES), listing_title: z.string() }).nullable(),
}).meta({ id: 'FraudCase', description: 'A fraud case: opened by the payment-time score (about an order) or a stream detector (about accounts)' });

type FraudCaseView = NonNullable<Awaited<ReturnType<typeof findFraudCaseView>>>;

export function toFraudCaseResponse(c: FraudCaseView) {
  return {
    id: c.id,
    order_id: c.order_id,
    subject_user_id: c.subject_user_id,
    status: c.status,
    reason: c.reason,
    risk_score: c.risk_score,
    model_version: c.model_version,
    decision: c.decision,
    decision_note: c.decision_note,
    decided_by: c.decided_by,
    decided_at: c.decided_at?.toISOString() ?? null,
    closing_label: c.closing_label,
    assignee_id: c.assignee_id,
    snoozed_until: c.snoozed_until?.toISOString() ?? null,
    created_at: c.created_at.toISOString(),
    source: c.source,
    detector: c.detector,
    evidence: (c.evidence ?? null) as Record<string, unknown> | null,
    order: c.amount === null || c.currency === null || c.order_status === null || c.listing_title === null
      ? null
      : { amount: { amount: toAmount(c.amount), currency: c.currency }, status: c.order_status, listing_title: c.listing_title },
  };
}
