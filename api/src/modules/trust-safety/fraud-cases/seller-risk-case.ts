import type { Transaction } from 'kysely';
import type { Config } from '../../../config';
import type { DB } from '../../../db/schema';
import { appendAudit } from '../../platform/audit';
import { appendEvents } from '../../platform/outbox';
import { payoutScoreOf } from '../../risk/seller-risk';
import { insertStreamFraudCase, streamCaseDecidedSince } from './fraud-cases.repository';

const DETECTOR = 'seller_risk';

/**
 * Opens the fraud case a high seller-risk score at payout asked for (the seller-risk module schedules
 * it, see SELLER_RISK_CASE_JOB): about the seller, with the score's reasons in words, at most one open
 * per seller, and quiet for STREAM_CASE_COOLOFF_HOURS after a human decided one (as stream cases).
 * Audited and published as `fraud_case.opened` with source `seller_risk`. True when a case opened.
 */
export async function openSellerRiskCase(trx: Transaction<DB>, config: Config, order: { id: string; seller_id: string }, now: Date): Promise<boolean> {
  const scored = await payoutScoreOf(trx, order.id);
  if (!scored) return false;
  const cooloffStart = new Date(now.getTime() - config.STREAM_CASE_COOLOFF_HOURS * 3_600_000);
  if (await streamCaseDecidedSince(trx, DETECTOR, order.seller_id, cooloffStart)) return false;
  const openedId = await insertStreamFraudCase(trx, {
    source: 'seller_risk',
    subject_user_id: order.seller_id,
    reason: `Seller risk ${scored.score}: ${scored.reasons.map((r) => r.text).join('; ')}`,
    risk_score: scored.score,
    model_version: scored.version,
    detector: DETECTOR,
    subject_key: order.seller_id,
    evidence: { order_id: order.id, score_id: scored.id, version: scored.version, reasons: scored.reasons, input: scored.input },
    created_at: now,
  });
  if (!openedId) return false;
  const summary = { subject_user_id: order.seller_id, risk_score: scored.score, model_version: scored.version };
  await appendAudit(trx, {
    actorId: null,
    action: 'fraud_case.opened',
    entityType: 'fraud_case',
    entityId: openedId,
    details: { source: 'seller_risk', detector: DETECTOR, order_id: order.id, ...summary },
    at: now,
  });
  await appendEvents(trx, [
    {
      type: 'fraud_case.opened',
      aggregateType: 'fraud_case',
      aggregateId: openedId,
      occurredAt: now,
      payload: { case_id: openedId, order_id: null, ...summary, source: 'seller_risk', detector: DETECTOR },
    },
  ]);
  return true;
}
