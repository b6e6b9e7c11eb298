import { z } from 'zod';
import { Uuid } from '../../../http/ids';
import { MoneyResponse } from '../../money/currencies';

export const CaseIdParams = z.strictObject({ id: Uuid.describe('The fraud case’s id') });

const at = z.iso.datetime();
/** A stream case's evidence as the detector recorded it (stream-scoring's `Evidence`): the window, counts and rows behind it. */
export const StreamEvidenceResponse = z
  .object({
    window: z.object({ from: at, to: at }),
    counts: z.record(z.string(), z.number()),
    thresholds: z.record(z.string(), z.number()),
    accounts: z.array(z.object({ user_id: z.uuid(), role: z.string(), orders: z.number().int().optional(), reviews: z.number().int().optional() })),
    orders: z.array(z.object({ order_id: z.uuid(), buyer_id: z.uuid(), seller_id: z.uuid(), amount: MoneyResponse, paid_at: at })).optional(),
    reviews: z.array(z.object({ review_id: z.uuid(), order_id: z.uuid(), author_id: z.uuid(), subject_id: z.uuid(), rating: z.number().int(), submitted_at: at })).optional(),
    link: z.object({ kind: z.enum(['device', 'card']), hash: z.string() }).optional(),
  })
  .meta({ id: 'StreamEvidence' });
/** A seller-risk case's evidence: the payout score that opened it, its reasons in words and its input. */
export const SellerRiskEvidenceResponse = z
  .object({
    order_id: z.uuid().describe('the completed order whose payout was being arranged'),
    score_id: z.uuid(),
    version: z.string(),
    reasons: z.array(z.object({ feature: z.string(), text: z.string(), contribution: z.number() })),
    input: z.record(z.string(), z.union([z.number(), z.string()])),
  })
  .meta({ id: 'SellerRiskEvidence' });
