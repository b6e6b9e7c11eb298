import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';
import { type Assessment, type ProviderSignal, decide } from './decision';
import { recordRiskScores } from './risk-scores.repository';
import { type OrderForRisk, loadRiskInput } from './risk.repository';

export interface PaymentAssessment extends Assessment {
  probability: number;
  modelVersion: string;
}

/**
 * Payment-time risk: features from Postgres, the live ONNX model in-process, rules on top. Every
 * shadow model scores the same inputs and is recorded next to the live score; only the live one acts.
 */
export async function assessPayment(
  ctx: AppContext,
  trx: Transaction<DB>,
  order: OrderForRisk,
  signal: ProviderSignal,
  now: Date,
): Promise<PaymentAssessment> {
  const input = await loadRiskInput(trx, order, now);
  // One snapshot: a registry change mid-payment cannot mix models.
  const { live, shadows } = ctx.scorer.current();
  const [probability, ...shadowProbabilities] = await Promise.all([live, ...shadows].map((m) => m.scorer.score(input))) as [number, ...number[]];
  const thresholds = { review: ctx.config.RISK_REVIEW_THRESHOLD, block: ctx.config.RISK_BLOCK_THRESHOLD };
  const assessment = decide(probability, thresholds, signal);
  await recordRiskScores(trx, order.id, input, [
    { modelVersion: live.version, mode: 'live', probability, score: assessment.score, decision: assessment.decision },
    // The score the shadow would have given under the same rules; what it would have decided follows from the thresholds.
    ...shadows.map((m, i) => {
      const p = shadowProbabilities[i] as number;
      return { modelVersion: m.version, mode: 'shadow' as const, probability: p, score: decide(p, thresholds, signal).score, decision: null };
    }),
  ], now);
  return { ...assessment, probability, modelVersion: live.version };
}
