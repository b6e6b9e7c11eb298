import type { RiskInput, RiskReason } from '@agora/fraud-models';
import { type Transaction, sql } from 'kysely';
import type { DB, RiskScoresTable } from '../../../db/schema';

export interface RiskScore {
  modelVersion: string;
  mode: RiskScoresTable['mode'];
  probability: number;
  score: number;
  decision: RiskScoresTable['decision'];
  reasons: readonly RiskReason[];
}

/** Every model's score of one payment attempt, with the inputs it saw, in one insert in the payment's transaction. */
export async function recordRiskScores(trx: Transaction<DB>, orderId: string, input: RiskInput, scores: readonly RiskScore[], now: Date): Promise<void> {
  const inputJson = JSON.stringify(input);
  await trx
    .insertInto('risk_scores')
    .values(
      scores.map((s) => ({
        order_id: orderId,
        model_version: s.modelVersion,
        mode: s.mode,
        probability: s.probability,
        score: s.score,
        decision: s.decision,
        input: inputJson,
        reasons: JSON.stringify(s.reasons),
        created_at: now,
      })),
    )
    .execute();
}

/** The model that last scored the order live, which may no longer be the live one: a subquery on the order id in `orderId` (a column reference). */
export const liveModelVersionOf = (orderId: string) =>
  sql<string | null>`(SELECT r.model_version FROM risk_scores r WHERE r.order_id = ${sql.ref(orderId)} AND r.mode = 'live' ORDER BY r.id DESC LIMIT 1)`;
