// The decision ladder a model's scores are read with. A model trained from v3 on carries its own
// thresholds (chosen by train.py from a stated review capacity and a false-block target for every
// legitimate segment) in its ONNX metadata `decision_thresholds`; older models have none and the
// API's configured thresholds apply.

import { readModelMetadata } from './onnx-metadata';

export type RiskDecision = 'allow' | 'step_up' | 'review' | 'block';

/** Scores (0–100) at which each rung starts: allow < step_up ≤ … < review ≤ … < block ≤ 100. */
export interface DecisionThresholds {
  step_up: number;
  review: number;
  block: number;
}

/** The 0–100 score of a probability, as stored in risk_scores and on the order. */
export function scoreOf(probability: number): number {
  return Math.min(100, Math.max(0, Math.round(probability * 100)));
}

export function decisionFor(score: number, t: DecisionThresholds): RiskDecision {
  if (score >= t.block) return 'block';
  if (score >= t.review) return 'review';
  if (score >= t.step_up) return 'step_up';
  return 'allow';
}

const isScore = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 100;

/** The thresholds a model file carries, or null when it carries none (v1, v2). Malformed ones are refused. */
export function modelThresholds(bytes: Uint8Array): DecisionThresholds | null {
  const raw = readModelMetadata(bytes).decision_thresholds;
  if (raw === undefined) return null;
  const t: unknown = JSON.parse(raw);
  if (typeof t !== 'object' || t === null) throw new Error('decision_thresholds is not an object');
  const { step_up, review, block } = t as Record<string, unknown>;
  if (!isScore(step_up) || !isScore(review) || !isScore(block) || !(step_up <= review && review <= block)) {
    throw new Error(`decision_thresholds must be scores 0–100 with step_up ≤ review ≤ block, got ${raw}`);
  }
  return { step_up, review, block };
}
