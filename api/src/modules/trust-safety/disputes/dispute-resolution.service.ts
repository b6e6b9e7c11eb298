import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { conflict, forbidden, invalid, notFound } from '../../../errors';
import { appendAudit } from '../../platform/audit';
import { toAmount } from '../../money/currencies';
import { notify } from '../../marketplace/notifications';
import { type Order, applyCommand, heldBesides, isPartyTo, lockOrder, orderEvent, recordTransition, refundOrder, runAfterCommit } from '../../marketplace/orders';
import { type DomainEvent, appendEvents } from '../../platform/outbox';
import { buyerDisputeEvent } from './buyer-disputes.service';
import { type Dispute, findBuyerDispute, hasOpenDispute, lockBuyerDispute, lockLiveBuyerDisputeOfOrder, updateDispute } from './disputes.repository';
import type { ResolutionInput } from './disputes.schemas';

export type Resolution = ResolutionInput['resolution'];

interface Decision {
  resolution: Resolution;
  /** Split only: what goes back to the buyer; the rest is released to the seller. */
  refundAmount?: number;
  note: string | null;
  /** null: the system (the silent-seller deadline). */
  actorId: string | null;
  now: Date;
}

/**
 * Ends a dispute, moving the money through settlement and the order through its state machine:
 * refund → everything left back to the buyer, order `refunded`; release → order `completed`, the seller
 * settles after the usual payout hold; split → `refundAmount` back to the buyer out of escrow, the rest
 * released as above. Audit, outbox events and both parties' notifications in the same transaction.
 * Returns the provider refund operations to run after commit.
 */
async function applyResolution(trx: Transaction<DB>, ctx: AppContext, dispute: Dispute, order: Order, d: Decision): Promise<{ dispute: Dispute; operations: string[] }> {
  const actor = d.actorId ? ('staff' as const) : ('system' as const);
  const reason = `dispute ${d.resolution}`;
  const reference = `dispute:${dispute.id}`;
  const operations: string[] = [];
  const events: DomainEvent[] = [];
  let refunded = 0;
  if (d.resolution === 'refund') {
    const refund = await refundOrder(trx, order, { reference, now: d.now, resolve: true });
    refunded = refund.refunded;
    if (refund.operationId) operations.push(refund.operationId);
    const moved = await recordTransition(trx, order, 'refund', { actor, actorId: d.actorId, reason, now: d.now, config: ctx.config, keyring: ctx.keyring });
    events.push(orderEvent(moved.order, moved.event, d.now, { reason: 'dispute_refund', dispute_id: dispute.id, refunded }));
  } else {
    let current = order;
    if (d.resolution === 'split') {
      const refund = await refundOrder(trx, order, { gross: d.refundAmount!, reference, now: d.now, resolve: false });
      refunded = refund.refunded;
      if (refund.operationId) operations.push(refund.operationId);
      // refundOrder's only write to the order (already locked): no need to read it back.
      current = { ...order, refunded_amount: String(toAmount(order.refunded_amount) + refunded), updated_at: d.now };
    }
    // The dispute no longer holds the funds (the fraud-case clear and a won chargeback left that to it).
    const held = await heldBesides(trx, order.id, { disputeId: dispute.id });
    const applied = await applyCommand(trx, ctx, current, 'resolve_for_seller', { actor, actorId: d.actorId, now: d.now, reason }, { funds_held: held });
    operations.push(...applied.operations);
  }
  return { dispute: await recordResolved(trx, dispute, order, d, refunded, events), operations };
}

/** Marks the dispute resolved, with its audit entry, outbox events and both parties' notifications. */
async function recordResolved(trx: Transaction<DB>, dispute: Dispute, order: Order, d: Decision, refunded: number, events: DomainEvent[]): Promise<Dispute> {
  const resolved = await updateDispute(trx, dispute.id, {
    status: 'resolved',
    resolution: d.resolution,
    refund_amount: refunded,
    resolved_by: d.actorId,
    resolved_at: d.now,
    resolution_note: d.note,
    updated_at: d.now,
  });
  events.push(buyerDisputeEvent('dispute.resolved', resolved, order, d.now, { resolution: d.resolution, refunded, resolved_by: d.actorId }));
  await appendEvents(trx, events);
  await appendAudit(trx, {
    actorId: d.actorId,
    action: `dispute.resolved.${d.resolution}`,
    entityType: 'dispute',
    entityId: dispute.id,
    at: d.now,
    details: { order_id: order.id, resolution: d.resolution, refunded, currency: order.currency, note: d.note },
  });
  for (const party of [order.buyer_id, order.seller_id]) {
    await notify(
      trx,
      party,
      'dispute.resolved',
      { dispute_id: dispute.id, order_id: order.id, resolution: d.resolution, refunded: { amount: refunded, currency: order.currency } },
      d.now,
    );
  }
  return resolved;
}

/**
 * An order refunded by other means (a lost chargeback, confirmed fraud) while a buyer dispute was open
 * leaves that dispute nothing to decide: it ends as a refund of what went back, and leaves the queue.
 * The caller holds the order's lock and has moved the money.
 */
export async function endBuyerDisputeOnRefund(trx: Transaction<DB>, order: Order, refunded: number, actorId: string | null, note: string, now: Date): Promise<void> {
  const dispute = await lockLiveBuyerDisputeOfOrder(trx, order.id);
  if (dispute) await recordResolved(trx, dispute, order, { resolution: 'refund', note, actorId, now }, refunded, []);
}

/** An arbitrator's (or admin's) decision. Only the assigned arbitrator or an admin may decide; once. */
export async function resolveDispute(ctx: AppContext, staff: { id: string; roles: string[] }, disputeId: string, input: ResolutionInput): Promise<Dispute> {
  const now = ctx.clock.now();
  const result = await inTransaction(ctx.db, async (trx) => {
    // Order before dispute: the lock order every dispute writer (and the scheduler) uses.
    const peek = await findBuyerDispute(trx, disputeId);
    if (!peek) throw notFound('Dispute');
    const order = (await lockOrder(trx, peek.order_id))!;
    const dispute = (await lockBuyerDispute(trx, disputeId))!;
    // Not even the admin override lets a party judge (or learn of) their own case.
    if (isPartyTo(order, staff.id)) throw notFound('Dispute');
    if (dispute.assigned_arbitrator_id !== staff.id && !staff.roles.includes('admin')) {
      throw forbidden('Only the assigned arbitrator or an admin may resolve this dispute');
    }
    if (dispute.status === 'resolved') throw conflict('dispute_resolved', 'This dispute is already resolved');
    // A chargeback may have settled the order meanwhile (refunded by the card network).
    if (order.status !== 'disputed') throw conflict('order_not_disputed', `The order is ${order.status}; nothing is left to decide`);
    // The card network is deciding the same money: a refund now could pay the buyer twice.
    if (await hasOpenDispute(trx, order.id, dispute.id)) throw conflict('chargeback_open', 'A chargeback on this order is still open; decide once it is settled');
    if (input.refund_amount) {
      if (input.refund_amount.currency !== order.currency) throw invalid('currency_mismatch', `must be ${order.currency}, the order's currency`, 'refund_amount.currency');
      const refundable = toAmount(order.amount) - toAmount(order.refunded_amount);
      if (input.refund_amount.amount >= refundable) {
        throw invalid('invalid_split', `must be less than ${refundable}, the refundable amount (refund it all with resolution refund)`, 'refund_amount.amount');
      }
    }
    return applyResolution(trx, ctx, dispute, order, { resolution: input.resolution, refundAmount: input.refund_amount?.amount, note: input.note || null, actorId: staff.id, now });
  });
  await runAfterCommit(ctx, result.operations);
  return result.dispute;
}

/**
 * The silent-seller deadline, fired by the scheduler on the locked order: a dispute the seller never
 * answered is resolved for the buyer (full refund). Returns whether it resolved anything.
 */
export async function resolveForSilentSeller(trx: Transaction<DB>, ctx: AppContext, order: Order, now: Date): Promise<{ resolved: boolean; operations: string[] }> {
  const dispute = await lockLiveBuyerDisputeOfOrder(trx, order.id);
  if (!dispute || dispute.seller_responded_at !== null || order.status !== 'disputed') return { resolved: false, operations: [] };
  // An open chargeback refunds through the card network; the arbitrator decides once it is settled.
  if (await hasOpenDispute(trx, order.id, dispute.id)) return { resolved: false, operations: [] };
  const { operations } = await applyResolution(trx, ctx, dispute, order, {
    resolution: 'refund',
    note: `the seller did not respond within ${ctx.config.DISPUTE_SELLER_RESPONSE_DAYS} days`,
    actorId: null,
    now,
  });
  return { resolved: true, operations };
}
