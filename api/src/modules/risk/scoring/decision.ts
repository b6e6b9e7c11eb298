export type RiskDecision = 'allow' | 'review' | 'block';
export type ProviderSignal = 'elevated' | 'highest' | null;

export interface Thresholds {
  review: number;
  block: number;
}

export interface Assessment {
  score: number;
  decision: RiskDecision;
  reasons: string[];
}

/**
 * Turns the model's probability into a 0–100 score and a decision:
 * allow < review threshold ≤ review < block threshold ≤ block. A provider's own risk signal
 * (Radar-style) can only raise the outcome, never lower it.
 */
export function decide(probability: number, thresholds: Thresholds, signal: ProviderSignal): Assessment {
  let score = Math.min(100, Math.max(0, Math.round(probability * 100)));
  const reasons = [`model score ${score}`];
  if (signal === 'highest') {
    score = Math.max(score, thresholds.block);
    reasons.push('payment provider risk level highest');
  } else if (signal === 'elevated') {
    score = Math.max(score, thresholds.review);
    reasons.push('payment provider risk level elevated');
  }
  const decision: RiskDecision = score >= thresholds.block ? 'block' : score >= thresholds.review ? 'review' : 'allow';
  return { score, decision, reasons };
}
