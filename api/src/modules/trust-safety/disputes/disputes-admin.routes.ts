import { page, pageResponse } from '../../../http/pagination';
import { route } from '../../../http/route';
import { assignArbitrator, staffDispute } from './staff-disputes.service';
import { resolveDispute } from './dispute-resolution.service';
import { listBuyerDisputes } from './dispute-queue.read-model';
import { toDisputeResponse, toStaffDisputeResponse } from './disputes.repository';
import { AssignBody, DisputeIdParams, DisputeQueueQuery, DisputeResponse, ResolutionBody, StaffDisputeDetailResponse, StaffDisputeResponse } from './disputes.schemas';

export const disputesAdminRoutes = [
  route({
    method: 'get',
    path: '/v1/admin/disputes',
    operationId: 'adminListDisputes',
    tag: 'admin',
    access: 'disputes.read',
    summary: 'The buyer dispute queue, newest first, with assignment and arbitration SLA',
    query: DisputeQueueQuery,
    responses: { 200: { description: 'A page of disputes', schema: pageResponse(StaffDisputeResponse) } },
    handler: async ({ ctx, user, query }) => {
      const now = ctx.clock.now();
      const rows = await listBuyerDisputes(ctx.db, { ...query, staffId: user.id });
      return { status: 200, body: page(rows, query.limit, (d) => toStaffDisputeResponse(d, now)) };
    },
  }),
  route({
    method: 'get',
    path: '/v1/admin/disputes/:id',
    operationId: 'adminGetDispute',
    tag: 'admin',
    access: 'disputes.read',
    summary: 'A dispute with its evidence pack: transitions, payment and risk, fraud cases, messages, shipment, evidence; 404 to its parties; every view is audited',
    params: DisputeIdParams,
    responses: { 200: { description: 'The dispute and its evidence pack', schema: StaffDisputeDetailResponse }, 404: { description: 'No such dispute' } },
    handler: async ({ ctx, user, params }) => {
      const { dispute, pack } = await staffDispute(ctx, user.id, params.id);
      return { status: 200, body: { ...toStaffDisputeResponse(dispute, ctx.clock.now()), pack } };
    },
  }),
  route({
    method: 'post',
    path: '/v1/admin/disputes/:id/assign',
    operationId: 'adminAssignDispute',
    tag: 'admin',
    access: 'disputes.resolve',
    idempotent: true,
    summary: 'Assign an arbitrator (not a party, never traded with either); the SLA restarts',
    params: DisputeIdParams,
    body: AssignBody,
    responses: {
      200: { description: 'The assigned dispute', schema: StaffDisputeResponse },
      404: { description: 'No such dispute' },
      409: { description: 'Already resolved' },
      422: { description: 'arbitrator_not_eligible' },
    },
    handler: async ({ ctx, user, params, body }) => ({
      status: 200,
      body: toStaffDisputeResponse(await assignArbitrator(ctx, user.id, params.id, body.arbitrator_id), ctx.clock.now()),
    }),
  }),
  route({
    method: 'post',
    path: '/v1/admin/disputes/:id/resolution',
    operationId: 'adminResolveDispute',
    tag: 'admin',
    access: 'disputes.resolve',
    idempotent: true,
    summary: 'Resolve a dispute: refund all, release to the seller, or split (refund an amount, release the rest)',
    params: DisputeIdParams,
    body: ResolutionBody,
    responses: {
      200: { description: 'The resolved dispute', schema: DisputeResponse },
      403: { description: 'Only the assigned arbitrator or an admin' },
      404: { description: 'No such dispute (or the caller is a party to it)' },
      409: { description: 'dispute_resolved, order_not_disputed or chargeback_open' },
      422: { description: 'invalid_split or currency_mismatch' },
    },
    handler: async ({ ctx, user, params, body }) => ({ status: 200, body: toDisputeResponse(await resolveDispute(ctx, user, params.id, body)) }),
  }),
];
