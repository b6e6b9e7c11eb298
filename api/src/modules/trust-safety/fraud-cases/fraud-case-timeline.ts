import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { notFound } from '../../../errors';
import { mustBeCaseOutsider } from './fraud-case-party';

export interface TimelineEntry {
  at: Date;
  kind: 'note' | 'audit' | 'order_status' | 'payment_attempt';
  actor_id: string | null;
  summary: string;
  details: Record<string, unknown>;
}

/**
 * Every event linked to a case, oldest first: its notes, audit entries on the case or its order, the
 * order's status history and its payment attempts. Ties keep the source order above (stable sort).
 */
export async function fraudCaseTimeline(db: Kysely<DB>, staffId: string, caseId: string): Promise<TimelineEntry[]> {
  const fraudCase = await db.selectFrom('fraud_cases').select(['id', 'order_id']).where('id', '=', caseId).executeTakeFirst();
  if (!fraudCase) throw notFound('Fraud case');
  await mustBeCaseOutsider(db, caseId, staffId);
  const orderId = fraudCase.order_id;
  // A stream case has no order: its timeline is its own notes and audit entries.
  const [notes, audit, history, attempts] = await Promise.all([
    db.selectFrom('fraud_case_notes').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute(),
    // Decisions, not the record of who looked (`*.viewed`).
    db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', 'in', orderId ? [caseId, orderId] : [caseId])
      .where('action', 'not like', '%.viewed')
      .orderBy('id')
      .execute(),
    orderId ? db.selectFrom('order_status_history').selectAll().where('order_id', '=', orderId).orderBy('id').execute() : [],
    orderId ? db.selectFrom('payment_attempts').selectAll().where('order_id', '=', orderId).orderBy('attempt').execute() : [],
  ]);
  const entries: TimelineEntry[] = [
    ...attempts.map((a) => ({
      at: a.created_at,
      kind: 'payment_attempt' as const,
      actor_id: null,
      summary: `Payment attempt ${a.attempt}: ${a.status}`,
      details: { attempt: a.attempt, status: a.status, payment_method: a.payment_method, decline_code: a.decline_code, amount: Number(a.amount), currency: a.currency },
    })),
    ...history.map((h) => ({
      at: h.created_at,
      kind: 'order_status' as const,
      actor_id: h.actor_id,
      summary: `Order ${h.from_status ?? 'created'} → ${h.to_status}`,
      details: { from_status: h.from_status, to_status: h.to_status, actor_type: h.actor_type, reason: h.reason },
    })),
    ...notes.map((n) => ({ at: n.created_at, kind: 'note' as const, actor_id: n.author_id, summary: 'Note', details: { id: n.id, body: n.body } })),
    ...audit.map((a) => ({
      at: a.created_at,
      kind: 'audit' as const,
      actor_id: a.actor_id,
      summary: a.action,
      details: { entity_type: a.entity_type, entity_id: a.entity_id, data: a.details },
    })),
  ];
  return entries.sort((x, y) => x.at.getTime() - y.at.getTime());
}
