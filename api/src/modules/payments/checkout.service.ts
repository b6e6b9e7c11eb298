import type { AppContext } from '../../context';
import { AppError, conflict, unprocessable } from '../../http/errors';
import { insertFraudCase } from '../fraud-cases';
import { captureToEscrow } from '../ledger';
import { setListingStatus } from '../listings';
import { type Order, escrowOf, lockOrderForParty, orderEvent, recordTransition } from '../orders';
import { type DomainEvent, appendEvents } from '../outbox';
import { type PaymentAssessment, assessPayment } from '../risk';

/**
 * Pays an order in two transactions around the provider call, so no database lock is held while the
 * provider works and no money moves in the ledger before the provider has said yes:
 *   1. lock, risk-score, and either refuse (block → cancelled) or mark `pending_payment`;
 *   2. charge with an idempotency key per attempt;
 *   3. lock again and record the outcome: `paid` with escrow postings (and a fraud case on review),
 *      or back to `initiated` on a decline.
 */
export async function payOrder(ctx: AppContext, buyerId: string, orderId: string, paymentMethod: string): Promise<Order> {
  if (!ctx.payments.knowsMethod(paymentMethod)) {
    throw unprocessable('payment_method_invalid', 'Unknown payment method', 'payment_method');
  }
  const started = await ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const { order, actor } = await lockOrderForParty(trx, orderId, buyerId);
    if (actor !== 'buyer') throw new AppError(403, 'forbidden', 'Only the buyer can pay for an order');
    if (order.status === 'pending_payment') throw conflict('payment_in_progress', 'A payment for this order is already in progress');
    const risk = await assessPayment(ctx, trx, order, ctx.payments.riskSignal(paymentMethod), now);
    const riskFields = { risk_score: risk.score, risk_decision: risk.decision };
    const riskEvent = {
      type: 'risk.scored', aggregateType: 'order' as const, aggregateId: order.id, occurredAt: now,
      payload: { order_id: order.id, score: risk.score, probability: risk.probability, decision: risk.decision, model_version: risk.modelVersion, reasons: risk.reasons },
    };
    if (risk.decision === 'block') {
      const blocked = await recordTransition(trx, order, 'payment_blocked', { actor: 'system', actorId: null, reason: 'payment blocked by risk', now }, riskFields);
      await setListingStatus(trx, order.listing_id, 'active', now);
      await appendEvents(trx, [riskEvent, orderEvent(blocked.order, blocked.event, now, { reason: 'risk_blocked', risk_score: risk.score })]);
      return { blocked: true as const };
    }
    const pending = await recordTransition(trx, order, 'start_payment', { actor: 'buyer', actorId: buyerId, now }, riskFields);
    const attempts = await trx.selectFrom('order_status_history').select((eb) => eb.fn.countAll<string>().as('n')).where('order_id', '=', order.id).where('to_status', '=', 'pending_payment').executeTakeFirstOrThrow();
    await appendEvents(trx, [riskEvent, orderEvent(pending.order, pending.event, now)]);
    return { blocked: false as const, order: pending.order, risk, attempt: Number(attempts.n) };
  });
  if (started.blocked) throw new AppError(402, 'payment_blocked', 'This payment was blocked by risk checks');

  const { order, risk, attempt } = started;
  const charge = await ctx.payments.charge({
    amount: { amount: Number(order.amount), currency: order.currency },
    paymentMethod,
    idempotencyKey: `order:${order.id}:attempt:${attempt}`,
    description: `Agora order ${order.id}`,
    transferGroup: `order_${order.id}`,
  });

  const result = await ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const { order: locked } = await lockOrderForParty(trx, orderId, buyerId);
    if (charge.status === 'declined') {
      const failed = await recordTransition(trx, locked, 'payment_failed', { actor: 'system', actorId: null, reason: charge.declineCode, now });
      await appendEvents(trx, [orderEvent(failed.order, failed.event, now, { decline_code: charge.declineCode })]);
      return { paid: false as const, message: charge.message };
    }
    return { paid: true as const, order: await recordPayment(ctx, trx, locked, risk, charge.reference, now) };
  });
  if (!result.paid) throw new AppError(402, 'payment_declined', result.message);
  return result.order;
}

async function recordPayment(ctx: AppContext, trx: Parameters<typeof captureToEscrow>[0], order: Order, risk: PaymentAssessment, reference: string, now: Date): Promise<Order> {
  const held = risk.decision === 'review';
  const paid = await recordTransition(trx, order, 'payment_succeeded', { actor: 'system', actorId: null, now }, { payment_ref: reference, funds_held: held });
  await captureToEscrow(trx, escrowOf(paid.order), now);
  const events: DomainEvent[] = [orderEvent(paid.order, paid.event, now, { risk_score: risk.score, risk_decision: risk.decision, model_version: risk.modelVersion })];
  if (held) {
    const fraudCase = await insertFraudCase(trx, {
      order_id: order.id, subject_user_id: order.seller_id, reason: risk.reasons.join('; '), risk_score: risk.score, model_version: risk.modelVersion, created_at: now,
    });
    events.push({
      type: 'fraud_case.opened', aggregateType: 'fraud_case', aggregateId: fraudCase.id, occurredAt: now,
      payload: { case_id: fraudCase.id, order_id: order.id, subject_user_id: order.seller_id, risk_score: risk.score, model_version: risk.modelVersion, source: 'payment' },
    });
  }
  await appendEvents(trx, events);
  return paid.order;
}
