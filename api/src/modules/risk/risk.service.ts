import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';
import { type Assessment, type ProviderSignal, decide } from './decision';
import { type OrderForRisk, loadRiskInput } from './risk.repository';

export interface PaymentAssessment extends Assessment {
  probability: number;
  modelVersion: string;
}

/** Payment-time risk: features from Postgres, the ONNX model in-process, rules on top. */
export async function assessPayment(
  ctx: AppContext,
  trx: Transaction<DB>,
  order: OrderForRisk,
  signal: ProviderSignal,
  now: Date,
): Promise<PaymentAssessment> {
  const input = await loadRiskInput(trx, order, now);
  const probability = await ctx.scorer.score(input);
  const thresholds = { review: ctx.config.RISK_REVIEW_THRESHOLD, block: ctx.config.RISK_BLOCK_THRESHOLD };
  return { ...decide(probability, thresholds, signal), probability, modelVersion: ctx.scorer.version };
}
