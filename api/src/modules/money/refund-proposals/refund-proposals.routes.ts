import { z } from 'zod';
import { Uuid } from '../../../http/ids';
import { route } from '../../../http/route';
import { MoneyResponse, MoneySchema, toAmount } from '../currencies';
import { findOrder, partyOf } from '../../marketplace/orders';
import { decideRefund, proposeRefund } from './refund-proposals.service';

const OrderId = Uuid.describe('The order’s id');
const Params = z.strictObject({ id: OrderId });
const ProposalParams = z.strictObject({ id: OrderId, proposal_id: Uuid.describe('The refund proposal’s id') });
const ProposalResponse = z
  .object({
    id: z.uuid(),
    order_id: z.uuid(),
    proposed_by: z.uuid(),
    amount: MoneyResponse,
    reason: z.string(),
    status: z.enum(['proposed', 'accepted', 'declined', 'withdrawn']),
    created_at: z.iso.datetime(),
    decided_at: z.iso.datetime().nullable(),
  })
  .meta({ id: 'RefundProposal' });
type Row = {
  id: string;
  order_id: string;
  proposed_by: string;
  amount: string;
  currency: string;
  reason: string;
  status: 'proposed' | 'accepted' | 'declined' | 'withdrawn';
  created_at: Date;
  decided_at: Date | null;
};
const toResponse = (p: Row) => ({
  id: p.id,
  order_id: p.order_id,
  proposed_by: p.proposed_by,
  amount: { amount: toAmount(p.amount), currency: p.currency },
  reason: p.reason,
  status: p.status,
  created_at: p.created_at.toISOString(),
  decided_at: p.decided_at?.toISOString() ?? null,
});
const decisionResponses = {
  200: { description: 'The proposal', schema: ProposalResponse },
  403: { description: 'Not yours to answer (or withdraw)' },
  404: { description: 'No such order or proposal (or not yours)' },
  409: { description: 'Already decided, or the order cannot be refunded any more' },
};

const decide = (decision: 'accept' | 'decline' | 'withdraw', summary: string) =>
  route({
    method: 'post',
    path: `/v1/orders/:id/refund-proposals/:proposal_id/${decision}`,
    operationId: `${decision}RefundProposal`,
    tag: 'orders',
    access: 'user',
    idempotent: decision === 'accept',
    summary,
    params: ProposalParams,
    responses: decisionResponses,
    handler: async ({ ctx, user, params }) => ({ status: 200, body: toResponse(await decideRefund(ctx, user.id, params.id, params.proposal_id, decision)) }),
  });

export const refundProposalsRoutes = [
  route({
    method: 'post',
    path: '/v1/orders/:id/refund-proposals',
    operationId: 'proposeRefund',
    tag: 'orders',
    access: 'user',
    idempotent: true,
    summary: 'Propose a partial refund (either party); the other party accepts or declines',
    params: Params,
    body: z.strictObject({ amount: MoneySchema, reason: z.string().trim().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters') }),
    responses: {
      201: { description: 'Proposed', schema: ProposalResponse },
      404: { description: 'No such order (or not yours)' },
      409: { description: 'Order not refundable, or a proposal is open' },
      422: { description: 'Amount or currency invalid' },
    },
    handler: async ({ ctx, user, params, body }) => ({ status: 201, body: toResponse(await proposeRefund(ctx, user.id, params.id, body)) }),
  }),
  route({
    method: 'get',
    path: '/v1/orders/:id/refund-proposals',
    operationId: 'listRefundProposals',
    tag: 'orders',
    access: 'user',
    summary: 'Refund proposals on one of my orders, oldest first',
    params: Params,
    responses: { 200: { description: 'Proposals', schema: z.object({ data: z.array(ProposalResponse) }) }, 404: { description: 'No such order (or not yours)' } },
    handler: async ({ ctx, user, params }) => {
      partyOf(await findOrder(ctx.db, params.id), user.id);
      const rows = await ctx.db.selectFrom('refund_proposals').selectAll().where('order_id', '=', params.id).orderBy('created_at').execute();
      return { status: 200, body: { data: rows.map(toResponse) } };
    },
  }),
  decide('accept', 'Accept the other party’s refund proposal: the amount goes back to the buyer’s payment'),
  decide('decline', 'Decline the other party’s refund proposal'),
  decide('withdraw', 'Withdraw my own open refund proposal'),
];
