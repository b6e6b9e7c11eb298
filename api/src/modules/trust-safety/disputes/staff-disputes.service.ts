import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import { conflict, invalid, notFound } from '../../../errors';
import { appendAudit } from '../../platform/audit';
import { findOrder, isPartyTo, lockOrder } from '../../marketplace/orders';
import { findListing } from '../../marketplace/listings';
import { appendEvents } from '../../platform/outbox';
import { buyerDisputeEvent } from './buyer-disputes.service';
import { assignDispute, isEligibleArbitrator } from './dispute-assignment';
import type { QueuedDispute } from './dispute-queue.read-model';
import { findBuyerDispute, lockBuyerDispute } from './disputes.repository';
import { evidencePack } from './evidence-pack';

async function queued(ctx: AppContext, disputeId: string): Promise<QueuedDispute | undefined> {
  const dispute = await findBuyerDispute(ctx.db, disputeId);
  if (!dispute) return undefined;
  const order = (await findOrder(ctx.db, dispute.order_id))!;
  const listing = (await findListing(ctx.db, order.listing_id))!;
  return { ...dispute, buyer_id: order.buyer_id, seller_id: order.seller_id, listing_title: listing.title };
}

/** The dispute as staff who are not a party to it see it, with its evidence pack (the buyer's shipping address included); every view is audited (who, which dispute). */
export async function staffDispute(ctx: AppContext, staffId: string, disputeId: string) {
  const dispute = await queued(ctx, disputeId);
  if (!dispute || isPartyTo(dispute, staffId)) throw notFound('Dispute');
  const pack = await evidencePack(ctx.db, ctx.keyring, dispute.id, dispute.order_id);
  await inTransaction(ctx.db, (trx) =>
    appendAudit(trx, {
      actorId: staffId,
      action: 'dispute.viewed',
      entityType: 'dispute',
      entityId: dispute.id,
      details: { order_id: dispute.order_id },
      at: ctx.clock.now(),
    }),
  );
  return { dispute, pack };
}

/** A manual assignment (a dispute nobody was eligible for, or a reassignment); the SLA restarts. */
export async function assignArbitrator(ctx: AppContext, staffId: string, disputeId: string, arbitratorId: string): Promise<QueuedDispute> {
  const now = ctx.clock.now();
  await inTransaction(ctx.db, async (trx) => {
    const peek = await findBuyerDispute(trx, disputeId);
    if (!peek) throw notFound('Dispute');
    const order = (await lockOrder(trx, peek.order_id))!;
    const dispute = (await lockBuyerDispute(trx, disputeId))!;
    if (isPartyTo(order, staffId)) throw notFound('Dispute');
    if (dispute.status === 'resolved') throw conflict('dispute_resolved', 'This dispute is already resolved');
    if (!(await isEligibleArbitrator(trx, arbitratorId, order.buyer_id, order.seller_id))) {
      throw invalid('arbitrator_not_eligible', 'must be an arbitrator who is not a party and never traded with either party', 'arbitrator_id');
    }
    const assigned = await assignDispute(trx, dispute.id, arbitratorId, ctx.config.DISPUTE_ARBITRATION_SLA_HOURS, now);
    await appendAudit(trx, {
      actorId: staffId,
      action: 'dispute.assigned',
      entityType: 'dispute',
      entityId: dispute.id,
      at: now,
      details: { order_id: order.id, arbitrator_id: arbitratorId, previous_arbitrator_id: dispute.assigned_arbitrator_id },
    });
    await appendEvents(trx, [buyerDisputeEvent('dispute.assigned', assigned, order, now, { assigned_by: staffId })]);
  });
  return (await queued(ctx, disputeId))!;
}
