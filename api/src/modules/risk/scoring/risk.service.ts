import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB } from '../../../db/schema';
import { type Assessment, type ProviderSignal, decide } from './decision';
import { recordRiskScores } from './risk-scores.repository';
import { type OrderForRisk, loadRiskInput } from './risk.repository';

export interface PaymentAssessment extends Assessment {
  probability: number;
  modelVersion: string;
  /** What each shadow model scored (recorded, never acted on). */
  shadows: { model_version: string; probability: number; score: number }[];
}

/**
 * Payment-time risk: features from Postgres, the live ONNX model in-process, rules on top. Every
 * shadow model scores the same inputs and is recorded next to the live score; only the live one acts.
 */
export async function assessPayment(ctx: AppContext, trx: Transaction<DB>, order: OrderForRisk, signal: ProviderSignal, now: Date): Promise<PaymentAssessment> {
  const input = await loadRiskInput(trx, order, now);
  // One snapshot: a registry change mid-payment cannot mix models.
  const { live, shadows } = ctx.scorer.current();
  const [probability, ...shadowProbabilities] = (await Promise.all([live, ...shadows].map((m) => m.scorer.score(input)))) as [number, ...number[]];
  const thresholds = { review: ctx.config.RISK_REVIEW_THRESHOLD, block: ctx.config.RISK_BLOCK_THRESHOLD };
  const assessment = decide(probability, thresholds, signal);
  // The score each shadow would have given under the same rules; what it would have decided follows from the thresholds.
  const shadowScores = shadows.map((m, i) => {
    const p = shadowProbabilities[i] as number;
    return { model_version: m.version, probability: p, score: decide(p, thresholds, signal).score };
  });
  await recordRiskScores(
    trx,
    order.id,
    input,
    [
      { modelVersion: live.version, mode: 'live', probability, score: assessment.score, decision: assessment.decision },
      ...shadowScores.map((s) => ({ modelVersion: s.model_version, mode: 'shadow' as const, probability: s.probability, score: s.score, decision: null })),
    ],
    now,
  );
  return { ...assessment, probability, modelVersion: live.version, shadows: shadowScores };
}
