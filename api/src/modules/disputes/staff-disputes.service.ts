import type { AppContext } from '../../context';
import { conflict, notFound, unprocessable } from '../../http/errors';
import { appendAudit } from '../audit';
import { findOrder, lockOrder } from '../orders';
import { appendEvents } from '../outbox';
import { buyerDisputeEvent } from './buyer-disputes.service';
import { assignDispute, isEligibleArbitrator } from './dispute-assignment';
import { type QueuedDispute, findBuyerDispute, lockBuyerDispute } from './disputes.repository';
import { evidencePack } from './evidence-pack';

async function queued(ctx: AppContext, disputeId: string): Promise<QueuedDispute | undefined> {
  const dispute = await findBuyerDispute(ctx.db, disputeId);
  if (!dispute) return undefined;
  const order = (await findOrder(ctx.db, dispute.order_id))!;
  const listing = await ctx.db.selectFrom('listings').select('title').where('id', '=', order.listing_id).executeTakeFirstOrThrow();
  return { ...dispute, buyer_id: order.buyer_id, seller_id: order.seller_id, listing_title: listing.title };
}

/** The dispute as staff see it, with its evidence pack. */
export async function staffDispute(ctx: AppContext, disputeId: string) {
  const dispute = await queued(ctx, disputeId);
  if (!dispute) throw notFound('Dispute');
  return { dispute, pack: await evidencePack(ctx.db, dispute.id, dispute.order_id) };
}

/** A manual assignment (a dispute nobody was eligible for, or a reassignment); the SLA restarts. */
export async function assignArbitrator(ctx: AppContext, staffId: string, disputeId: string, arbitratorId: string): Promise<QueuedDispute> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const peek = await findBuyerDispute(trx, disputeId);
    if (!peek) throw notFound('Dispute');
    const order = (await lockOrder(trx, peek.order_id))!;
    const dispute = (await lockBuyerDispute(trx, disputeId))!;
    if (dispute.status === 'resolved') throw conflict('dispute_resolved', 'This dispute is already resolved');
    if (!(await isEligibleArbitrator(trx, arbitratorId, order.buyer_id, order.seller_id))) {
      throw unprocessable('arbitrator_not_eligible', 'must be an arbitrator who is not a party and never traded with either party', 'arbitrator_id');
    }
    const assigned = await assignDispute(trx, dispute.id, arbitratorId, ctx.config.DISPUTE_ARBITRATION_SLA_HOURS, now);
    await appendAudit(trx, {
      actorId: staffId, action: 'dispute.assigned', entityType: 'dispute', entityId: dispute.id, at: now,
      details: { order_id: order.id, arbitrator_id: arbitratorId, previous_arbitrator_id: dispute.assigned_arbitrator_id },
    });
    await appendEvents(trx, [buyerDisputeEvent('dispute.assigned', assigned, order, now, { assigned_by: staffId })]);
  });
  return (await queued(ctx, disputeId))!;
}
