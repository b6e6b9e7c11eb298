import { type DecisionThresholds, type RiskDecision, decisionFor, scoreOf } from '@agora/fraud-models';

export type { RiskDecision };
export type ProviderSignal = 'elevated' | 'highest' | null;

export interface Assessment {
  score: number;
  decision: RiskDecision;
  /** In words: the score, the features that raised it most, and any provider signal. */
  reasons: string[];
}

/**
 * Turns the model's probability into a 0–100 score and a decision on the model's ladder:
 * allow < step_up ≤ step-up < review ≤ review < block ≤ block. A provider's own risk signal
 * (Radar-style) can only raise the outcome, never lower it.
 */
export function decide(probability: number, thresholds: DecisionThresholds, signal: ProviderSignal, because: readonly string[] = []): Assessment {
  let score = scoreOf(probability);
  const reasons = [`model score ${score}`, ...because];
  if (signal === 'highest') {
    score = Math.max(score, thresholds.block);
    reasons.push('payment provider risk level highest');
  } else if (signal === 'elevated') {
    score = Math.max(score, thresholds.review);
    reasons.push('payment provider risk level elevated');
  }
  return { score, decision: decisionFor(score, thresholds), reasons };
}
