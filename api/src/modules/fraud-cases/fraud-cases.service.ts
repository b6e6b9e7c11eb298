import type { AppContext } from '../../context';
import { conflict, notFound } from '../../http/errors';
import { appendAudit } from '../audit';
import { type EscrowOrder, refundEscrow, releaseEscrow } from '../ledger';
import { FUNDED_STATUSES, type OrderStatus, escrowOf, lockOrder, orderEvent, recordTransition } from '../orders';
import { appendEvents } from '../outbox';
import { lockFraudCase } from './fraud-cases.repository';

export type FraudDecision = 'clear' | 'confirm_fraud';

/**
 * A staff decision on a case. `clear` lifts the hold (settling a completed order); `confirm_fraud` refunds
 * the buyer from escrow and freezes the seller's payouts. Attributable: audit entry + outbox event.
 */
export async function decideFraudCase(ctx: AppContext, staffId: string, caseId: string, decision: FraudDecision, note: string): Promise<void> {
  const now = ctx.clock.now();
  let refund: { reference: string; order: EscrowOrder } | undefined;
  await ctx.db.transaction().execute(async (trx) => {
    const fraudCase = await lockFraudCase(trx, caseId);
    if (!fraudCase) throw notFound('Fraud case');
    if (fraudCase.status !== 'open') throw conflict('case_closed', 'This fraud case is already decided');
    let order = (await lockOrder(trx, fraudCase.order_id))!;
    const events = [];
    if (decision === 'clear') {
      const settle = order.status === 'completed' && !order.funds_released;
      if (settle) await releaseEscrow(trx, escrowOf(order), now);
      await trx.updateTable('orders').set({ funds_held: false, funds_released: order.funds_released || settle, updated_at: now }).where('id', '=', order.id).execute();
    } else {
      if (FUNDED_STATUSES.includes(order.status as OrderStatus) && !order.funds_released) {
        await refundEscrow(trx, escrowOf(order), now);
        const result = await recordTransition(trx, order, 'refund', { actor: 'staff', actorId: staffId, reason: 'fraud confirmed', now }, { funds_held: false });
        order = result.order;
        events.push(orderEvent(order, result.event, now, { reason: 'fraud_confirmed' }));
        if (order.payment_ref) refund = { reference: order.payment_ref, order: escrowOf(order) };
      }
      await trx.updateTable('users').set({ payouts_frozen: true }).where('id', '=', fraudCase.subject_user_id).execute();
    }
    await trx.updateTable('fraud_cases').set({ status: 'closed', decision, decision_note: note, decided_by: staffId, decided_at: now }).where('id', '=', caseId).execute();
    await appendAudit(trx, { actorId: staffId, action: `fraud_case.${decision}`, entityType: 'fraud_case', entityId: caseId, details: { note, order_id: order.id }, at: now });
    events.push({
      type: 'fraud_case.decided', aggregateType: 'fraud_case' as const, aggregateId: caseId, occurredAt: now,
      payload: { case_id: caseId, order_id: order.id, decision, subject_user_id: fraudCase.subject_user_id, model_version: fraudCase.model_version, risk_score: fraudCase.risk_score },
    });
    await appendEvents(trx, events);
  });
  // The provider refund follows the ledger commit; its idempotency key makes a retry harmless.
  if (refund) {
    const { reference, order } = refund;
    await ctx.payments.refund({ reference, amount: { amount: order.amount, currency: order.currency }, idempotencyKey: `refund:${order.id}` });
  }
}
