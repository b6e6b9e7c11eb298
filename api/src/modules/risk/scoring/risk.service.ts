import { type BatchFraudScorer, type DecisionThresholds, type RiskReason, explain } from '@agora/fraud-models';
import type { Transaction } from 'kysely';
import type { Config } from '../../../config';
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

/** The ladder a model's scores are read with: its own (v3 on), else the configured one. */
export function thresholdsOf(scorer: Pick<BatchFraudScorer, 'thresholds'>, config: Config): DecisionThresholds {
  return (
    scorer.thresholds ?? {
      step_up: config.RISK_STEP_UP_THRESHOLD ?? config.RISK_REVIEW_THRESHOLD,
      review: config.RISK_REVIEW_THRESHOLD,
      block: config.RISK_BLOCK_THRESHOLD,
    }
  );
}

/**
 * Payment-time risk: features from Postgres, the live ONNX model in-process, rules on top. Every
 * shadow model scores the same inputs and is recorded next to the live score; only the live one acts.
 * Every score is recorded with its reasons (the features that raised it most).
 */
export async function assessPayment(ctx: AppContext, trx: Transaction<DB>, order: OrderForRisk, signal: ProviderSignal, now: Date): Promise<PaymentAssessment> {
  const input = await loadRiskInput(trx, order, now);
  // One snapshot: a registry change mid-payment cannot mix models.
  const { live, shadows } = ctx.scorer.current();
  const [liveScore, ...shadowScores] = await Promise.all([live, ...shadows].map((m) => explainScore(m.scorer, ctx.config, input, signal)));
  const { probability, reasons, assessment } = liveScore!;
  await recordRiskScores(
    trx,
    order.id,
    input,
    [
      { modelVersion: live.version, mode: 'live', probability, score: assessment.score, decision: assessment.decision, reasons },
      // The score each shadow would have given under its own ladder; what it would have decided follows from it.
      ...shadowScores.map((s, i) => ({
        modelVersion: shadows[i]!.version,
        mode: 'shadow' as const,
        probability: s.probability,
        score: s.assessment.score,
        decision: null,
        reasons: s.reasons,
      })),
    ],
    now,
  );
  return {
    ...assessment,
    probability,
    modelVersion: live.version,
    shadows: shadowScores.map((s, i) => ({ model_version: shadows[i]!.version, probability: s.probability, score: s.assessment.score })),
  };
}

async function explainScore(
  scorer: BatchFraudScorer,
  config: Config,
  input: Awaited<ReturnType<typeof loadRiskInput>>,
  signal: ProviderSignal,
): Promise<{ probability: number; reasons: RiskReason[]; assessment: Assessment }> {
  const { probability, reasons } = await explain(scorer, input);
  return {
    probability,
    reasons,
    assessment: decide(
      probability,
      thresholdsOf(scorer, config),
      signal,
      reasons.map((r) => r.text),
    ),
  };
}
