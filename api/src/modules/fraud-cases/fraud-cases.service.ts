import type { AppContext } from '../../context';
import type { ClosingLabel } from '../../db/schema';
import { conflict, notFound } from '../../http/errors';
import { appendAudit } from '../audit';
import { hasOpenDispute } from '../disputes';
import { holdOf } from '../ledger';
import { FUNDED_STATUSES, type OrderStatus, lockOrder, orderEvent, recordTransition, runAfterCommit } from '../orders';
import { appendEvents } from '../outbox';
import { refundOrder, scheduleSettlement, settleIfDue } from '../settlement';
import { lockFraudCase } from './fraud-cases.repository';

export type FraudDecision = 'clear' | 'confirm_fraud';

/**
 * A staff decision on a case. `clear` lifts the hold (settling a completed order); `confirm_fraud` refunds
 * the buyer from escrow and freezes the seller's payouts. Attributable: audit entry + outbox event.
 */
export async function decideFraudCase(ctx: AppContext, staffId: string, caseId: string, decision: FraudDecision, note: string, closingLabel: ClosingLabel | null = null): Promise<void> {
  const now = ctx.clock.now();
  const operations: string[] = [];
  await ctx.db.transaction().execute(async (trx) => {
    const fraudCase = await lockFraudCase(trx, caseId);
    if (!fraudCase) throw notFound('Fraud case');
    if (fraudCase.status !== 'open') throw conflict('case_closed', 'This fraud case is already decided');
    // The closing label is the training label; a confirmation without one is kept as `other`, never unlabeled.
    const label = closingLabel ?? (decision === 'confirm_fraud' ? 'other' : null);
    let order = (await lockOrder(trx, fraudCase.order_id))!;
    const events = [];
    if (decision === 'clear') {
      // An open chargeback keeps holding the funds the case no longer does.
      const held = await hasOpenDispute(trx, order.id);
      order = (await trx.updateTable('orders').set({ funds_held: held, updated_at: now }).where('id', '=', order.id).returningAll().executeTakeFirstOrThrow());
      // A completed order whose payout hold has passed settles now; otherwise when the hold ends.
      const hold = await holdOf(trx, order.id);
      if (!(await settleIfDue(trx, order, now)) && order.status === 'completed' && hold?.status === 'pending' && hold.settle_after) {
        await scheduleSettlement(trx, order.id, hold.settle_after, now);
      }
    } else {
      if (FUNDED_STATUSES.includes(order.status as OrderStatus) && Number(order.refunded_amount) < Number(order.amount)) {
        const refund = await refundOrder(trx, order, { reference: `fraud:${caseId}`, now, resolve: true });
        if (refund.operationId) operations.push(refund.operationId);
        const result = await recordTransition(trx, order, 'refund', { actor: 'staff', actorId: staffId, reason: 'fraud confirmed', now, config: ctx.config }, { funds_held: false });
        order = result.order;
        events.push(orderEvent(order, result.event, now, { reason: 'fraud_confirmed', refunded: refund.refunded }));
      }
      await trx.updateTable('users').set({ payouts_frozen: true }).where('id', '=', fraudCase.subject_user_id).execute();
    }
    await trx.updateTable('fraud_cases').set({ status: 'closed', decision, decision_note: note, decided_by: staffId, decided_at: now, closing_label: label, snoozed_until: null }).where('id', '=', caseId).execute();
    await appendAudit(trx, { actorId: staffId, action: `fraud_case.${decision}`, entityType: 'fraud_case', entityId: caseId, details: { note, order_id: order.id, closing_label: label }, at: now });
    events.push({
      type: 'fraud_case.decided', aggregateType: 'fraud_case' as const, aggregateId: caseId, occurredAt: now,
      payload: { case_id: caseId, order_id: order.id, decision, subject_user_id: fraudCase.subject_user_id, model_version: fraudCase.model_version, risk_score: fraudCase.risk_score },
    });
    await appendEvents(trx, events);
  });
  await runAfterCommit(ctx, operations);
}
