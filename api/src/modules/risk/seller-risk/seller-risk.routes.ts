import { z } from 'zod';
import { route } from '../../../http/route';
import { mustBeAnotherUser } from '../../marketplace/users';
import { UserIdParams } from '../../platform/staff';
import { SellerRiskQuery, SellerRiskScoreResponse } from './seller-risk.schemas';
import { sellerRiskHistory } from './seller-risk.service';

export const sellerRiskRoutes = [
  route({
    method: 'get',
    path: '/v1/admin/users/:id/seller-risk',
    operationId: 'adminListUserSellerRisk',
    tag: 'admin',
    access: 'fraud_cases.read',
    summary: 'The seller-side risk scores of a user, newest first, with their reasons in words and their input',
    params: UserIdParams,
    query: SellerRiskQuery,
    responses: {
      200: { description: 'The latest scores', schema: z.object({ data: z.array(SellerRiskScoreResponse) }) },
      404: { description: 'No such user (or the caller themself)' },
    },
    handler: async ({ ctx, user, params, query }) => {
      await mustBeAnotherUser(ctx.db, params.id, user.id);
      const rows = await sellerRiskHistory(ctx.db, params.id, query.limit);
      return { status: 200, body: { data: rows.map((r) => ({ ...r, created_at: r.created_at.toISOString() })) } };
    },
  }),
];
