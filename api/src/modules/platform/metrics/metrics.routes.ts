import { salesMetrics } from '@agora/analytics';
import { z } from 'zod';
import { route } from '../../../http/route';

const MAX_BUCKETS = 24 * 93;

const SalesQuery = z
  .strictObject({
    from: z.iso
      .datetime({ offset: true, error: 'must be an ISO 8601 date-time' })
      .transform((s) => new Date(s))
      .describe('Start of the first bucket (ISO 8601 date-time)'),
    to: z.iso
      .datetime({ offset: true, error: 'must be an ISO 8601 date-time' })
      .transform((s) => new Date(s))
      .describe('End of the range (ISO 8601 date-time), after from'),
    interval: z.enum(['hour', 'day'], { error: 'must be hour or day' }).default('day').describe('Bucket width'),
  })
  .refine((q) => q.from < q.to, { message: 'must be after from', path: ['to'] })
  .refine((q) => (q.to.getTime() - q.from.getTime()) / (q.interval === 'hour' ? 3_600_000 : 86_400_000) <= MAX_BUCKETS, {
    message: `must span at most ${MAX_BUCKETS} buckets`,
    path: ['to'],
  });

export const metricsRoutes = [
  route({
    method: 'get',
    path: '/v1/admin/metrics/sales',
    operationId: 'adminGetSalesMetrics',
    tag: 'admin',
    access: 'metrics.read',
    summary: 'Orders paid and GMV per bucket and currency (from ClickHouse)',
    query: SalesQuery,
    responses: {
      200: {
        description: 'Buckets, oldest first',
        schema: z
          .object({
            interval: z.enum(['hour', 'day']),
            from: z.iso.datetime(),
            to: z.iso.datetime(),
            buckets: z.array(
              z.object({
                bucket: z.iso.datetime(),
                currency: z.string(),
                orders: z.number().int(),
                gmv: z.number().int().describe('Gross merchandise value in minor units of currency'),
              }),
            ),
          })
          .meta({ id: 'SalesMetrics' }),
      },
    },
    handler: async ({ ctx, query }) => {
      const buckets = await salesMetrics(ctx.analytics, query);
      return { status: 200, body: { interval: query.interval, from: query.from.toISOString(), to: query.to.toISOString(), buckets } };
    },
  }),
];
