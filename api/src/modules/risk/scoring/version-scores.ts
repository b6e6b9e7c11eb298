import { type RiskReason, scoreOf } from '@agora/fraud-models';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../../db/schema';

export interface VersionScore {
  orderId: string;
  mode: 'live' | 'shadow';
  probability: number;
  /** The model's own 0–100 score, before a payment provider's signal raised the stored one: monitoring judges the model. */
  score: number;
  /** The live model's own score of the same payment attempt (the rows of one attempt share their time). */
  liveScore: number | null;
  createdAt: Date;
}

/** Each order's latest score by `version` since `since` (whether it scored live or in shadow), for monitoring. */
export async function versionScores(db: Kysely<DB>, version: string, since: Date): Promise<VersionScore[]> {
  const { rows } = await sql<{ order_id: string; mode: 'live' | 'shadow'; probability: number; live_probability: number | null; created_at: Date }>`
    SELECT DISTINCT ON (s.order_id) s.order_id, s.mode, s.probability, l.probability AS live_probability, s.created_at
    FROM risk_scores s
    LEFT JOIN risk_scores l ON l.order_id = s.order_id AND l.created_at = s.created_at AND l.mode = 'live'
    WHERE s.model_version = ${version} AND s.created_at >= ${since}
    ORDER BY s.order_id, s.id DESC`.execute(db);
  return rows.map((r) => ({
    orderId: r.order_id,
    mode: r.mode,
    probability: r.probability,
    score: scoreOf(r.probability),
    liveScore: r.live_probability === null ? null : scoreOf(r.live_probability),
    createdAt: r.created_at,
  }));
}

/** Why the live model last scored the order whose id is in `orderId` (a column reference) what it did: a subquery, `[]` when unscored. */
export const liveReasonsOf = (orderId: string) =>
  sql<RiskReason[]>`COALESCE((SELECT r.reasons FROM risk_scores r WHERE r.order_id = ${sql.ref(orderId)} AND r.mode = 'live' ORDER BY r.id DESC LIMIT 1), '[]'::jsonb)`;
