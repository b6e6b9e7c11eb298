import { z } from 'zod';
import { page, PageQuery, pageResponse } from '../../../http/pagination';
import { route } from '../../../http/route';
import { afterCursor } from '../../../db/keyset';
import type { PayoutRow } from '../../../db/schema';
import { MoneyResponse, MoneySchema, toAmount } from '../currencies';
import { assertSteppedUp, setPayoutSchedule } from '../../marketplace/users';
import { requestPayout } from './payouts.service';

const PayoutResponse = z
  .object({
    id: z.uuid(),
    amount: MoneyResponse,
    status: z.enum(['pending', 'paid', 'failed']),
    trigger: z.enum(['request', 'schedule']),
    reversed_amount: z.number().int(),
    created_at: z.iso.datetime(),
    paid_at: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Payout' });

const toPayoutResponse = (p: PayoutRow) => ({
  id: p.id,
  amount: { amount: toAmount(p.amount), currency: p.currency },
  status: p.status,
  trigger: p.trigger,
  reversed_amount: toAmount(p.reversed_amount),
  created_at: p.created_at.toISOString(),
  paid_at: p.paid_at?.toISOString() ?? null,
});

export const payoutsRoutes = [
  route({
    method: 'post',
    path: '/v1/me/payouts',
    operationId: 'requestPayout',
    tag: 'payouts',
    access: 'user',
    idempotent: true,
    summary: 'Pay out part of my available balance (minimum amount applies; frozen accounts refused); needs a recent step-up (POST /v1/auth/step-up)',
    body: z.strictObject({ amount: MoneySchema }).meta({ examples: [{ amount: { amount: 10000, currency: 'EUR' } }] }),
    responses: {
      201: { description: 'Payout created (paid, or pending at the provider)', schema: PayoutResponse },
      403: { description: 'No recent step-up on this session (`step_up_required`)' },
      409: { description: 'insufficient_funds, payouts_frozen or seller_onboarding_required' },
      422: { description: 'Below the minimum' },
    },
    handler: async ({ ctx, user, token, body }) => {
      await assertSteppedUp(ctx, token);
      return { status: 201, body: toPayoutResponse(await requestPayout(ctx, user.id, body.amount)) };
    },
  }),
  route({
    method: 'get',
    path: '/v1/me/payouts',
    operationId: 'listMyPayouts',
    tag: 'payouts',
    access: 'user',
    summary: 'My payouts, newest first',
    query: PageQuery.strict(),
    responses: { 200: { description: 'A page of payouts', schema: pageResponse(PayoutResponse) } },
    handler: async ({ ctx, user, query }) => {
      let q = ctx.db.selectFrom('payouts').selectAll().where('user_id', '=', user.id);
      if (query.cursor) q = q.where(afterCursor('created_at', 'id', query.cursor));
      const rows = await q
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(query.limit + 1)
        .execute();
      return { status: 200, body: page(rows, query.limit, toPayoutResponse) };
    },
  }),
  route({
    method: 'post',
    path: '/v1/me/payout-schedule',
    operationId: 'setPayoutSchedule',
    tag: 'payouts',
    access: 'user',
    summary: 'Set automatic payouts: manual (on request only), daily or weekly; needs a recent step-up (POST /v1/auth/step-up)',
    body: z.strictObject({ interval: z.enum(['manual', 'daily', 'weekly'], { error: 'must be manual, daily or weekly' }) }),
    responses: {
      200: { description: 'The schedule', schema: z.object({ interval: z.enum(['manual', 'daily', 'weekly']) }) },
      403: { description: 'No recent step-up on this session (`step_up_required`)' },
    },
    handler: async ({ ctx, user, token, body }) => {
      await assertSteppedUp(ctx, token);
      await setPayoutSchedule(ctx.db, user.id, body.interval);
      return { status: 200, body: { interval: body.interval } };
    },
  }),
];
