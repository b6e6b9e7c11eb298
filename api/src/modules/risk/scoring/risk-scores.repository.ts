import type { RiskInput } from '@agora/fraud-models';
import type { Transaction } from 'kysely';
import type { DB, RiskScoresTable } from '../../../db/schema';

export interface RiskScore {
  modelVersion: string;
  mode: RiskScoresTable['mode'];
  probability: number;
  score: number;
  decision: RiskScoresTable['decision'];
}

/** Every model's score of one payment attempt, with the inputs it saw, in one insert in the payment's transaction. */
export async function recordRiskScores(trx: Transaction<DB>, orderId: string, input: RiskInput, scores: readonly RiskScore[], now: Date): Promise<void> {
  const inputJson = JSON.stringify(input);
  await trx.insertInto('risk_scores').values(scores.map((s) => ({
    order_id: orderId, model_version: s.modelVersion, mode: s.mode, probability: s.probability, score: s.score, decision: s.decision, input: inputJson, created_at: now,
  }))).execute();
}
