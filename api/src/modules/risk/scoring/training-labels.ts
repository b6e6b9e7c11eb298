import { type RiskInput, vectorFor } from '@agora/fraud-models';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../../db/schema';
import { csvRecord } from '../../../csv';

export interface TrainingLabel {
  orderId: string;
  label: 0 | 1;
  weight: number;
  /** Where the label comes from: fraud_case:clear | fraud_case:confirm_fraud | chargeback:lost | chargeback:won. */
  source: string;
  decidedAt: Date;
  /** The inputs as the live model saw them at payment time. */
  input: RiskInput;
}

// Chargeback reasons that are claims of fraud (Stripe's `fraudulent`, and `unrecognized`: the cardholder
// does not recognise the charge). Other reasons (product_not_received, duplicate…) are commercial disputes.
const FRAUD_CHARGEBACK_REASONS = ['fraudulent', 'unrecognized'];

/**
 * One label per labelled order that was scored live, from outcomes people or card networks decided:
 * - a fraud case closed `confirm_fraud` → 1, closed `clear` → 0 (a reviewer's judgement), weight 1;
 * - a chargeback for a fraud reason lost → 1, weight 1 (the network found the payment unauthorised);
 *   won → 0, weight 0.5 (the cardholder's claim was rebutted with evidence — weaker than a review);
 * - buyer disputes give no label: a refund there means the seller did not deliver as described, a
 *   release that the buyer's claim failed; neither says whether the payment was fraudulent.
 * An order with several outcomes keeps the positive one (a confirmed fraud outweighs an earlier
 * clearance), then the latest. Orders paid before scores were recorded have no inputs and are left out.
 */
export async function trainingLabels(db: Kysely<DB>, since: Date | null): Promise<TrainingLabel[]> {
  const { rows } = await sql<{ order_id: string; label: number; weight: number; source: string; decided_at: Date; input: RiskInput }>`
    WITH outcomes AS (
      SELECT order_id, CASE WHEN decision = 'confirm_fraud' THEN 1 ELSE 0 END AS label, 1.0::float8 AS weight,
             'fraud_case:' || decision AS source, decided_at
      FROM fraud_cases WHERE status = 'closed' AND decision IS NOT NULL AND decided_at IS NOT NULL
      UNION ALL
      SELECT order_id, CASE WHEN status = 'lost' THEN 1 ELSE 0 END, CASE WHEN status = 'lost' THEN 1.0 ELSE 0.5 END::float8,
             'chargeback:' || status, updated_at
      FROM disputes WHERE source = 'chargeback' AND status IN ('won', 'lost') AND reason IN (${sql.join(FRAUD_CHARGEBACK_REASONS)})
    )
    SELECT DISTINCT ON (o.order_id) o.order_id, o.label, o.weight, o.source, o.decided_at, s.input
    FROM outcomes o
    JOIN LATERAL (SELECT input FROM risk_scores WHERE order_id = o.order_id AND mode = 'live' ORDER BY id DESC LIMIT 1) s ON true
    WHERE ${since}::timestamptz IS NULL OR o.decided_at >= ${since}
    ORDER BY o.order_id, o.label DESC, o.decided_at DESC`.execute(db);
  return rows.map((r) => ({ orderId: r.order_id, label: r.label === 1 ? 1 : 0, weight: r.weight, source: r.source, decidedAt: r.decided_at, input: r.input }));
}

/** The labels as a training CSV: train.py's `feature:<name>` columns for `featureNames`, label, weight, then provenance. */
export function trainingLabelsCsv(labels: readonly TrainingLabel[], featureNames: readonly string[]): string {
  const toVector = vectorFor(featureNames);
  const header = csvRecord([...featureNames.map((n) => `feature:${n}`), 'label', 'weight', 'source', 'decided_at', 'order_id']);
  // Float32 values printed as the doubles they are: the training side reads back the exact value served.
  return header + labels.map((l) => csvRecord([...toVector(l.input), l.label, l.weight, l.source, l.decidedAt.toISOString(), l.orderId])).join('');
}
