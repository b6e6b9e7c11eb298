import { SELLER_RISK_VERSION, type SellerRiskInput, type SellerRiskScore, scoreSeller } from '@agora/fraud-models';
import type { Kysely, Transaction } from 'kysely';
import type { Config } from '../../../config';
import type { DB } from '../../../db/schema';
import { appendEvents } from '../../platform/outbox';
import { scheduleJob } from '../../platform/scheduler';
import { type PricedListing, insertSellerRiskScore, latestSellerRiskScores, loadSellerRiskInput } from './seller-risk.repository';

// The seller side of a trade (issue 16): non-delivery and mule sellers show in the seller's history,
// not in the buyer's payment. Scored when a listing is published (a high score sends it to moderation)
// and when a completed order's payout hold is arranged (a high score lengthens the hold and, higher,
// opens a fraud case about the seller). Every score is kept with its input and reasons.

/** The scheduler job that opens the fraud case for a payout score at or above SELLER_RISK_CASE_SCORE (handled in jobs.ts). */
export const SELLER_RISK_CASE_JOB = 'seller_risk_case';

export type SellerRiskAssessment = SellerRiskScore & { input: SellerRiskInput };

/** Scores the seller as they publish `listing` (not yet recorded: a new listing has no id yet, see recordListingRisk). */
export async function assessListingSeller(trx: Transaction<DB>, sellerId: string, listing: PricedListing, now: Date): Promise<SellerRiskAssessment> {
  const input = await loadSellerRiskInput(trx, sellerId, 'listing', listing, now);
  return { ...scoreSeller(input), input };
}

/** Records a listing-time score once the listing has its id. */
export async function recordListingRisk(trx: Transaction<DB>, sellerId: string, listingId: string, risk: SellerRiskAssessment, now: Date): Promise<void> {
  await record(trx, { seller_id: sellerId, listing_id: listingId, order_id: null }, risk, now);
}

/**
 * Scores the seller as a completed order's payout is arranged and records it; at or above
 * SELLER_RISK_CASE_SCORE schedules the case (opened by the fraud-cases module, which this one must
 * not import: fraud cases act on orders, and orders arrange payouts).
 */
export async function assessPayoutSeller(trx: Transaction<DB>, config: Config, order: { id: string; seller_id: string }, now: Date): Promise<SellerRiskAssessment> {
  const input = await loadSellerRiskInput(trx, order.seller_id, 'payout', null, now);
  const risk = { ...scoreSeller(input), input };
  await record(trx, { seller_id: order.seller_id, listing_id: null, order_id: order.id }, risk, now);
  if (risk.score >= config.SELLER_RISK_CASE_SCORE) await scheduleJob(trx, { kind: SELLER_RISK_CASE_JOB, orderId: order.id, dueAt: now }, now);
  return risk;
}

async function record(trx: Transaction<DB>, subject: { seller_id: string; listing_id: string | null; order_id: string | null }, risk: SellerRiskAssessment, now: Date) {
  const { moment } = risk.input;
  const id = await insertSellerRiskScore(trx, {
    ...subject,
    moment,
    score: risk.score,
    probability: risk.probability,
    reasons: risk.reasons,
    input: risk.input,
    version: SELLER_RISK_VERSION,
    created_at: now,
  });
  await appendEvents(trx, [
    {
      type: 'seller_risk.scored',
      aggregateType: 'user',
      aggregateId: subject.seller_id,
      occurredAt: now,
      payload: { score_id: id, ...subject, moment, score: risk.score, version: SELLER_RISK_VERSION, reasons: risk.reasons.map((r) => r.feature) },
    },
  ]);
}

/** The seller's latest scores, newest first (the staff route). */
export const sellerRiskHistory = (db: Kysely<DB>, sellerId: string, limit: number) => latestSellerRiskScores(db, sellerId, limit);
