import { z } from 'zod';

export const SellerRiskQuery = z.strictObject({
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int('must be an integer')
    .min(1, 'must be at least 1')
    .max(100, 'must be at most 100')
    .default(20)
    .describe('How many scores, newest first'),
});

export const SellerRiskScoreResponse = z
  .object({
    id: z.uuid(),
    moment: z.enum(['listing', 'payout']).describe('listing: when a listing was published; payout: when a completed order’s payout hold was arranged'),
    listing_id: z.uuid().nullable(),
    order_id: z.uuid().nullable(),
    score: z.number().int().min(0).max(100),
    probability: z.number(),
    reasons: z.array(z.object({ feature: z.string(), text: z.string(), contribution: z.number() })).describe('The (up to) three terms that raised the score most, in words'),
    input: z.record(z.string(), z.union([z.number(), z.string()])).describe('What the score saw (fraud-models SellerRiskInput)'),
    version: z.string(),
    created_at: z.iso.datetime(),
  })
  .meta({ id: 'SellerRiskScore' });
