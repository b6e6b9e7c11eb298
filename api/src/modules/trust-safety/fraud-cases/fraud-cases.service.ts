import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { ClosingLabel, DB } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { conflict, notFound } from '../../../errors';
import { appendAudit } from '../../platform/audit';
import { endBuyerDisputeOnRefund, hasOpenChargeback } from '../disputes';
import { holdOf } from '../../money/ledger';
import { setListingStatus } from '../../marketplace/listings';
import {
  FUNDED_STATUSES,
  type Order,
  type OrderStatus,
  lockOrder,
  orderEvent,
  orderIdsOfParty,
  recordTransition,
  refundOrder,
  releaseHold,
  runAfterCommit,
  settleIfDue,
} from '../../marketplace/orders';
import { type DomainEvent, appendEvents } from '../../platform/outbox';
import { applyModeration } from '../user-moderation';
import { scheduleSettlement } from '../../money/settlement';
import { findUserStanding, freezePayouts } from '../../marketplace/users';
import { mustBeCaseOutsider } from './fraud-case-party';
import { lockFraudCase } from './fraud-cases.repository';

export type FraudDecision = 'clear' | 'confirm_fraud';

/** Open orders a confirmed fraudster's counterparties get their money back from (or never pay for). */
const VOIDABLE: readonly OrderStatus[] = ['initiated', 'paid', 'shipped', 'delivered'];

/**
 * A staff decision on a case. `clear` lifts the hold (settling a completed order); `confirm_fraud` refunds
 * the case's order (a stream case has none), cancels or refunds every other open order of the subject (as buyer or seller),
 * suspends the subject (user-moderation: sessions revoked, listings hidden) and freezes their payouts.
 * Completed and disputed orders stay as they are, their funds kept by the freeze and the dispute.
 * Everything in one transaction; attributable: audit entries + outbox events.
 */
export async function decideFraudCase(
  ctx: AppContext,
  staffId: string,
  caseId: string,
  decision: FraudDecision,
  note: string,
  closingLabel: ClosingLabel | null = null,
): Promise<void> {
  const now = ctx.clock.now();
  const { operations, suspended } = await inTransaction(ctx.db, async (trx) => {
    const operations: string[] = [];
    let suspended: string | null = null;
    const fraudCase = await lockFraudCase(trx, caseId);
    if (!fraudCase) throw notFound('Fraud case');
    // Nobody decides (or learns of) a case about themselves or their own order.
    await mustBeCaseOutsider(trx, caseId, staffId);
    if (fraudCase.status !== 'open') throw conflict('case_closed', 'This fraud case is already decided');
    // The closing label is the training label; a confirmation without one is kept as `other`, never unlabeled.
    const label = closingLabel ?? (decision === 'confirm_fraud' ? 'other' : null);
    // A stream case is about accounts: no order of its own to release or refund.
    let order = fraudCase.order_id ? (await lockOrder(trx, fraudCase.order_id))! : null;
    const events: DomainEvent[] = [];
    if (decision === 'clear') {
      if (order) order = await releaseCaseHold(trx, order, caseId, now);
    } else {
      const effects = { ctx, staffId, caseId, now, events, operations };
      if (order && FUNDED_STATUSES.includes(order.status as OrderStatus) && Number(order.refunded_amount) < Number(order.amount)) {
        order = await refundForFraud(trx, order, `fraud:${caseId}`, effects);
      }
      await voidOpenOrdersOf(trx, fraudCase.subject_user_id, order?.id ?? null, effects);
      const subject = (await findUserStanding(trx, fraudCase.subject_user_id))!;
      if (!subject.suspended_at) {
        // The note stays on the case (it may use the whole reason length); the history points to it.
        await applyModeration(trx, staffId, fraudCase.subject_user_id, 'suspend', `Fraud confirmed in case ${caseId}`, now);
        suspended = fraudCase.subject_user_id;
      }
      await freezePayouts(trx, fraudCase.subject_user_id);
    }
    await trx
      .updateTable('fraud_cases')
      .set({ status: 'closed', decision, decision_note: note, decided_by: staffId, decided_at: now, closing_label: label, snoozed_until: null })
      .where('id', '=', caseId)
      .execute();
    await appendAudit(trx, {
      actorId: staffId,
      action: `fraud_case.${decision}`,
      entityType: 'fraud_case',
      entityId: caseId,
      details: { note, order_id: order?.id ?? null, closing_label: label },
      at: now,
    });
    events.push({
      type: 'fraud_case.decided',
      aggregateType: 'fraud_case' as const,
      aggregateId: caseId,
      occurredAt: now,
      payload: {
        case_id: caseId,
        order_id: order?.id ?? null,
        decision,
        subject_user_id: fraudCase.subject_user_id,
        model_version: fraudCase.model_version,
        risk_score: fraudCase.risk_score,
        source: fraudCase.source,
      },
    });
    await appendEvents(trx, events);
    return { operations, suspended };
  });
  // After commit, as in moderateUser: the subject's cached sessions must not outlive the suspension.
  if (suspended) ctx.sessions.forgetUser(suspended);
  await runAfterCommit(ctx, operations);
}

/** `clear` on a payment case: the case no longer holds the order's funds; a completed order settles now or when its hold ends. */
async function releaseCaseHold(trx: Transaction<DB>, order: Order, caseId: string, now: Date): Promise<Order> {
  // An open chargeback keeps holding the funds the case no longer does.
  const released = await releaseHold(trx, order.id, { fraudCaseId: caseId }, now);
  if (released.status === 'completed' && !(await settleIfDue(trx, released, now))) {
    const hold = await holdOf(trx, released.id);
    if (hold?.status === 'pending' && hold.settle_after) await scheduleSettlement(trx, released.id, hold.settle_after, now);
  }
  return released;
}

/** What a confirmation's order changes need, and where they leave their outbox events and provider operations. */
interface Effects {
  ctx: AppContext;
  staffId: string;
  caseId: string;
  now: Date;
  events: DomainEvent[];
  operations: string[];
}

/** Cancels the subject's unpaid orders and refunds their funded open ones, as buyer or seller (the case's own order, if any, aside). */
async function voidOpenOrdersOf(trx: Transaction<DB>, subjectId: string, caseOrderId: string | null, t: Effects): Promise<void> {
  const others = await orderIdsOfParty(trx, subjectId, VOIDABLE, caseOrderId);
  for (const { id } of others) {
    // Re-read under the lock: the status may have moved since the scan.
    const order = (await lockOrder(trx, id))!;
    if (order.status === 'initiated') {
      await setListingStatus(trx, order.listing_id, 'active', t.now);
      const result = await recordTransition(trx, order, 'staff_cancel', {
        actor: 'staff',
        actorId: t.staffId,
        reason: 'fraud confirmed',
        now: t.now,
        config: t.ctx.config,
        keyring: t.ctx.keyring,
      });
      t.events.push(orderEvent(result.order, result.event, t.now, { reason: 'fraud_confirmed', case_id: t.caseId }));
    } else if (VOIDABLE.includes(order.status as OrderStatus) && Number(order.refunded_amount) < Number(order.amount)) {
      await refundForFraud(trx, order, `fraud:${t.caseId}:${order.id}`, t);
    }
  }
}

/** Refunds what is left of a funded order to its buyer and ends it `refunded`, as a staff action; an unshipped item is for sale again. */
async function refundForFraud(trx: Transaction<DB>, order: Order, reference: string, t: Effects): Promise<Order> {
  // An open chargeback decides this money (a lost one refunds it); the funds stay frozen until then.
  if (await hasOpenChargeback(trx, order.id)) return order;
  // Not shipped yet: the item is still the seller's to sell, as after a cancellation.
  if (order.status === 'paid') await setListingStatus(trx, order.listing_id, 'active', t.now);
  const refund = await refundOrder(trx, order, { reference, now: t.now, resolve: true });
  if (refund.operationId) t.operations.push(refund.operationId);
  const result = await recordTransition(
    trx,
    order,
    'refund',
    { actor: 'staff', actorId: t.staffId, reason: 'fraud confirmed', now: t.now, config: t.ctx.config, keyring: t.ctx.keyring },
    { funds_held: false },
  );
  t.events.push(orderEvent(result.order, result.event, t.now, { reason: 'fraud_confirmed', refunded: refund.refunded }));
  await endBuyerDisputeOnRefund(trx, order, refund.refunded, t.staffId, `fraud confirmed in case ${t.caseId}`, t.now);
  return result.order;
}
