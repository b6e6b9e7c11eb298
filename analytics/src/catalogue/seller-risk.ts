import { z } from 'zod';
import { defineEvent } from './event';
import { id, riskScore } from './fields';

export const SELLER_RISK_EVENTS = {
  'seller_risk.scored': defineEvent(
    'user',
    'The seller-side risk score was taken at listing publication or when a completed order’s payout was arranged.',
    z.strictObject({
      score_id: id,
      seller_id: id,
      moment: z.enum(['listing', 'payout']),
      listing_id: id.nullable().describe('the listing being published (moment listing)'),
      order_id: id.nullable().describe('the order whose payout was arranged (moment payout)'),
      score: riskScore,
      version: z.string().describe('the seller-risk model, e.g. seller-risk-v1'),
      reasons: z.array(z.string()).describe('the features that raised the score most, by name'),
    }),
  ),
};
