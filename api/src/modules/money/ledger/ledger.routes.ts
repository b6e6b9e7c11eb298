import { z } from 'zod';
import { route } from '../../../http/route';
import { userBalances } from './ledger.repository';

export const ledgerRoutes = [
  route({
    method: 'get',
    path: '/v1/me/balance',
    operationId: 'getMyBalance',
    tag: 'balance',
    access: 'user',
    summary: 'My balances per currency: pending (in escrow) and available',
    responses: {
      200: {
        description: 'Balances derived from ledger postings',
        schema: z.object({ balances: z.array(z.object({ currency: z.string(), pending: z.number().int(), available: z.number().int() })) }),
      },
    },
    handler: async ({ ctx, user }) => ({ status: 200, body: { balances: await userBalances(ctx.db, user.id) } }),
  }),
];
