import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context';

/** What order transitions need: the timers' settings and the keyring their real-time announcements are sealed with. */
type OrderDeps = Pick<AppContext, 'config' | 'keyring'>;
import type { DB } from '../../../db/schema';
import { appendAudit } from '../../platform/audit';
import { holdOf } from '../../money/ledger';
import { type Money, toAmount } from '../../money/currencies';
import {
  type Order,
  type OrderStatus,
  arrangeSettlement,
  disputedByChargeback,
  heldBesides,
  lockOrder,
  orderEvent,
  placeHold,
  recordTransition,
  refundOrder,
  releaseHold,
  transition,
} from '../../marketplace/orders';
import { type DomainEvent, appendEvents } from '../../platform/outbox';
import { endBuyerDisputeOnRefund } from './dispute-resolution.service';
import { type Dispute, insertDispute, lockDisputeByProviderId, updateDispute } from './disputes.repository';

export type DisputeStatus = 'open' | 'won' | 'lost';

/** A chargeback as the provider reports it now (re-fetched, never a webhook's snapshot). */
export interface ChargebackReport {
  orderId: string;
  providerDisputeId: string;
  status: DisputeStatus;
  /** The provider's own status word, for the audit trail. */
  providerStatus: string;
  reason: string;
  amount: Money;
  now: Date;
}

// A dispute only moves forward: open → won | lost, and a decided one stays decided, so a late or
// replayed report of an earlier state changes nothing.
const advance = (current: string, reported: DisputeStatus): string => (current === 'open' ? reported : current);

/**
 * Records a chargeback on an order, idempotently, in the caller's transaction:
 * - opened (or first seen already lost): the dispute row, the order's funds frozen (`funds_held`),
 *   the order moved to `disputed` when the transition table allows it;
 * - won: the hold lifted (unless a fraud case or another dispute still holds it), and an order the
 *   chargeback put in `disputed` resolved for the seller;
 * - lost: the dispute marked lost, funds stay frozen, the order stays disputed, `applyChargebackLoss`.
 * Every change writes an outbox event and an audit entry; a report that changes nothing writes neither.
 */
export async function recordChargeback(trx: Transaction<DB>, deps: OrderDeps, report: ChargebackReport): Promise<Dispute> {
  const { now } = report;
  const order = await lockOrder(trx, report.orderId);
  if (!order) throw new Error(`recordChargeback: order ${report.orderId} does not exist`);
  const existing = await lockDisputeByProviderId(trx, report.providerDisputeId);
  const fields = { reason: report.reason, amount: report.amount.amount, currency: report.amount.currency, updated_at: now };
  const previous = existing?.status ?? null;
  const status = existing ? advance(existing.status, report.status) : report.status;
  if (existing && existing.status === status && existing.reason === fields.reason && toAmount(existing.amount) === fields.amount) return existing;

  const dispute = existing
    ? await updateDispute(trx, existing.id, { ...fields, status })
    : await insertDispute(trx, { ...fields, status, order_id: order.id, source: 'chargeback', provider_dispute_id: report.providerDisputeId, created_at: now });
  const events: DomainEvent[] = [disputeEvent(existing ? 'dispute.updated' : 'dispute.opened', dispute, order, previous, report.providerStatus, now)];

  let current = order;
  // First seen as won: the funds were never frozen and the order never left its course.
  if (previous === null && status !== 'won') current = await freeze(trx, deps, order, dispute, now, events);
  if (previous === 'open' && status === 'won') await release(trx, deps, order, dispute, now, events);
  if (status === 'lost' && previous !== 'lost') await applyChargebackLoss(trx, deps, current, dispute, now, events);
  await appendEvents(trx, events);
  await appendAudit(trx, {
    actorId: null,
    action: existing ? 'dispute.updated' : 'dispute.opened',
    entityType: 'dispute',
    entityId: dispute.id,
    at: now,
    details: {
      order_id: order.id,
      source: 'chargeback',
      provider_dispute_id: report.providerDisputeId,
      status,
      previous_status: previous,
      provider_status: report.providerStatus,
      reason: report.reason,
      amount: fields.amount,
      currency: fields.currency,
    },
  });
  return dispute;
}

/** Freezes the order's funds and moves it to `disputed` where the transition table allows. */
async function freeze(trx: Transaction<DB>, deps: OrderDeps, order: Order, dispute: Dispute, now: Date, events: DomainEvent[]): Promise<Order> {
  if (!transition(order.status as OrderStatus, 'chargeback', 'system').ok) return placeHold(trx, order.id, now);
  const moved = await recordTransition(
    trx,
    order,
    'chargeback',
    { actor: 'system', actorId: null, reason: `chargeback ${dispute.provider_dispute_id}: ${dispute.reason}`, now, config: deps.config, keyring: deps.keyring },
    { funds_held: true },
  );
  events.push(orderEvent(moved.order, moved.event, now, { reason: 'chargeback', dispute_id: dispute.id }));
  return moved.order;
}

/** Lifts the chargeback's hold and resolves for the seller an order the chargeback put in dispute. */
async function release(trx: Transaction<DB>, deps: OrderDeps, order: Order, dispute: Dispute, now: Date, events: DomainEvent[]): Promise<void> {
  if (order.status !== 'disputed' || !(await disputedByChargeback(trx, order.id))) {
    await releaseHold(trx, order.id, { disputeId: dispute.id }, now);
    return;
  }
  const stillHeld = await heldBesides(trx, order.id, { disputeId: dispute.id });
  const resolved = await recordTransition(
    trx,
    order,
    'resolve_for_seller',
    { actor: 'system', actorId: null, reason: `chargeback ${dispute.provider_dispute_id} won`, now, config: deps.config, keyring: deps.keyring },
    { funds_held: stillHeld },
  );
  await settleAfterChargebackWon(trx, deps, resolved.order, now);
  events.push(orderEvent(resolved.order, resolved.event, now, { reason: 'chargeback_won', dispute_id: dispute.id }));
}

/**
 * A won chargeback completes the order; as when a buyer completes it, the seller's money settles
 * once the payout hold has passed — unless something still holds it or it settled already.
 */
export async function settleAfterChargebackWon(trx: Transaction<DB>, deps: OrderDeps, order: Order, now: Date): Promise<void> {
  if ((await holdOf(trx, order.id))?.status !== 'pending') return;
  await arrangeSettlement(trx, deps.config, order, now);
}

/**
 * A lost chargeback: the card network has already taken the disputed amount back from the platform,
 * so the ledger records a refund to the buyer (out of escrow, or out of the seller's balance —
 * reversing payouts — if it had settled) without asking the provider to refund again, and the order
 * ends `refunded`.
 */
export async function applyChargebackLoss(trx: Transaction<DB>, deps: OrderDeps, order: Order, dispute: Dispute, now: Date, events: DomainEvent[]): Promise<void> {
  const refundable = toAmount(order.amount) - toAmount(order.refunded_amount);
  const gross = Math.min(refundable, toAmount(dispute.amount));
  const refund =
    gross > 0 ? await refundOrder(trx, order, { gross, reference: `chargeback:${dispute.id}`, now, resolve: gross === refundable, providerRefund: false }) : { refunded: 0 };
  let current = order;
  if (transition(order.status as OrderStatus, 'refund', 'system').ok && gross === refundable) {
    const refunded = await recordTransition(
      trx,
      order,
      'refund',
      { actor: 'system', actorId: null, reason: `chargeback ${dispute.provider_dispute_id} lost`, now, config: deps.config, keyring: deps.keyring },
      { funds_held: false },
    );
    current = refunded.order;
    events.push(orderEvent(current, refunded.event, now, { reason: 'chargeback_lost', dispute_id: dispute.id }));
    await endBuyerDisputeOnRefund(trx, order, refund.refunded, null, `chargeback ${dispute.provider_dispute_id} lost: the card network refunded the buyer`, now);
  }
  events.push({
    type: 'chargeback.lost',
    aggregateType: 'dispute',
    aggregateId: dispute.id,
    occurredAt: now,
    payload: {
      dispute_id: dispute.id,
      order_id: order.id,
      seller_id: order.seller_id,
      buyer_id: order.buyer_id,
      provider_dispute_id: dispute.provider_dispute_id,
      amount: toAmount(dispute.amount),
      currency: dispute.currency,
      refunded: refund.refunded,
      order_status: current.status,
    },
  });
}

function disputeEvent(type: string, dispute: Dispute, order: Order, previous: string | null, providerStatus: string, now: Date): DomainEvent {
  return {
    type,
    aggregateType: 'dispute',
    aggregateId: dispute.id,
    occurredAt: now,
    payload: {
      dispute_id: dispute.id,
      order_id: order.id,
      buyer_id: order.buyer_id,
      seller_id: order.seller_id,
      source: dispute.source,
      provider_dispute_id: dispute.provider_dispute_id,
      status: dispute.status,
      previous_status: previous,
      provider_status: providerStatus,
      reason: dispute.reason,
      amount: toAmount(dispute.amount),
      currency: dispute.currency,
    },
  };
}
