import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import { conflict, forbidden, invalid, notFound } from '../../../errors';
import type { Money } from '../currencies';
import { toAmount } from '../currencies';
import { lockOrderForParty, orderEvent, refundOrder, runAfterCommit } from '../../marketplace/orders';
import { appendEvents } from '../../platform/outbox';

// A partial refund needs both parties: one proposes an amount, the other accepts (or declines).
// Accepting moves the money in the same transaction and queues the provider refund.

const OPEN_STATUSES = ['paid', 'shipped', 'delivered', 'completed', 'disputed'];

export async function proposeRefund(ctx: AppContext, userId: string, orderId: string, body: { amount: Money; reason: string }) {
  return inTransaction(ctx.db, async (trx) => {
    const now = ctx.clock.now();
    const { order } = await lockOrderForParty(trx, orderId, userId);
    if (!OPEN_STATUSES.includes(order.status)) throw conflict('invalid_transition', `Cannot propose a refund on an order that is ${order.status}`);
    if (body.amount.currency !== order.currency) throw invalid('currency_mismatch', `The order is in ${order.currency}`, 'amount.currency');
    const refundable = toAmount(order.amount) - toAmount(order.refunded_amount);
    if (body.amount.amount >= refundable) {
      throw invalid('refund_too_large', `A partial refund must be less than the ${refundable} still refundable (cancel or dispute for a full refund)`, 'amount.amount');
    }
    const open = await trx.selectFrom('refund_proposals').select('id').where('order_id', '=', order.id).where('status', '=', 'proposed').executeTakeFirst();
    if (open) throw conflict('proposal_open', 'This order already has an open refund proposal');
    const proposal = await trx
      .insertInto('refund_proposals')
      .values({ order_id: order.id, proposed_by: userId, amount: body.amount.amount, currency: order.currency, reason: body.reason, status: 'proposed', created_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendEvents(trx, [orderEvent(order, 'order.refund_proposed', now, { proposal_id: proposal.id, refund_amount: body.amount.amount })]);
    return proposal;
  });
}

/** accept / decline by the other party; withdraw by the proposer. */
export async function decideRefund(ctx: AppContext, userId: string, orderId: string, proposalId: string, decision: 'accept' | 'decline' | 'withdraw') {
  const { proposal, operations } = await inTransaction(ctx.db, async (trx) => {
    const now = ctx.clock.now();
    const operations: string[] = [];
    const { order } = await lockOrderForParty(trx, orderId, userId);
    const proposal = await trx.selectFrom('refund_proposals').selectAll().where('id', '=', proposalId).where('order_id', '=', order.id).forUpdate().executeTakeFirst();
    if (!proposal) throw notFound('Refund proposal');
    if (proposal.status !== 'proposed') throw conflict('proposal_closed', `This proposal is already ${proposal.status}`);
    const own = proposal.proposed_by === userId;
    if (decision === 'withdraw' ? !own : own) {
      throw forbidden(decision === 'withdraw' ? 'Only the proposer can withdraw a proposal' : 'The other party must answer a proposal');
    }
    const status = ({ accept: 'accepted', decline: 'declined', withdraw: 'withdrawn' } as const)[decision];
    if (decision === 'accept') {
      if (!OPEN_STATUSES.includes(order.status)) throw conflict('invalid_transition', `Cannot refund an order that is ${order.status}`);
      const amount = toAmount(proposal.amount);
      if (amount >= toAmount(order.amount) - toAmount(order.refunded_amount)) throw conflict('refund_too_large', 'The order no longer has that much to refund');
      const refund = await refundOrder(trx, order, { gross: amount, reference: `partial_refund:${proposal.id}`, now, resolve: false });
      if (refund.operationId) operations.push(refund.operationId);
      await appendEvents(trx, [orderEvent(order, 'order.partially_refunded', now, { proposal_id: proposal.id, refund_amount: amount })]);
    }
    const decided = await trx
      .updateTable('refund_proposals')
      .set({ status, decided_by: userId, decided_at: now })
      .where('id', '=', proposal.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { proposal: decided, operations };
  });
  await runAfterCommit(ctx, operations);
  return proposal;
}
