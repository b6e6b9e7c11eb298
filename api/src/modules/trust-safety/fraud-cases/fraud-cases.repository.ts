import { type Kysely, type Transaction, sql } from 'kysely';
import { z } from 'zod';
import { CLOSING_LABELS, type DB, type FraudCaseRow, type FraudCaseSource } from '../../../db/schema';
import { ORDER_STATUSES } from '../../marketplace/orders';
import { MoneyResponse, toAmount } from '../../money/currencies';
import { RiskReasonsResponse } from '../../risk/scoring';
import type { FraudCaseView } from './fraud-case-list.read-model';
import { SellerRiskEvidenceResponse, StreamEvidenceResponse } from './fraud-cases.schemas';

export async function insertFraudCase(
  trx: Transaction<DB>,
  c: { order_id: string; subject_user_id: string; reason: string; risk_score: number; model_version: string; created_at: Date },
): Promise<FraudCaseRow> {
  return trx
    .insertInto('fraud_cases')
    .values({ ...c, status: 'open', decision: null, decision_note: null, decided_by: null, decided_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A stream case on the detector + subject, unless one is open (the unique partial index makes a rerun a no-op); its id when opened. */
export async function insertStreamFraudCase(
  trx: Transaction<DB>,
  c: {
    source: Exclude<FraudCaseSource, 'payment'>;
    subject_user_id: string;
    reason: string;
    risk_score: number;
    model_version: string;
    detector: string;
    subject_key: string;
    evidence: unknown;
    created_at: Date;
  },
): Promise<string | undefined> {
  const opened = await trx
    .insertInto('fraud_cases')
    .values({
      order_id: null,
      subject_user_id: c.subject_user_id,
      status: 'open',
      reason: c.reason,
      risk_score: c.risk_score,
      model_version: c.model_version,
      decision: null,
      decision_note: null,
      decided_by: null,
      decided_at: null,
      created_at: c.created_at,
      source: c.source,
      detector: c.detector,
      subject_key: c.subject_key,
      evidence: JSON.stringify(c.evidence),
    })
    .onConflict((oc) => oc.columns(['detector', 'subject_key']).where('status', '=', 'open').where('source', '<>', 'payment').doNothing())
    .returning('id')
    .executeTakeFirst();
  return opened?.id;
}

/** Whether a human closed an account case (stream or seller risk) on the detector + subject after `since`. */
export async function streamCaseDecidedSince(trx: Transaction<DB>, detector: string, subjectKey: string, since: Date): Promise<boolean> {
  const decided = await trx
    .selectFrom('fraud_cases')
    .select('id')
    .where('source', '<>', 'payment')
    .where('detector', '=', detector)
    .where('subject_key', '=', subjectKey)
    .where('status', '=', 'closed')
    .where('decided_at', '>', since)
    .executeTakeFirst();
  return decided !== undefined;
}

/** True unless a fraud case confirmed fraud by the user whose id is in `userId` (a column reference). */
export const noConfirmedFraudBy = (userId: string) =>
  sql<boolean>`NOT EXISTS (SELECT 1 FROM fraud_cases f WHERE f.subject_user_id = ${sql.ref(userId)} AND f.decision = 'confirm_fraud')`;

/** Whether a fraud case confirmed fraud by the user (which froze their payouts). */
export async function hasConfirmedFraud(trx: Transaction<DB>, userId: string): Promise<boolean> {
  const row = await trx.selectFrom('fraud_cases').select('id').where('subject_user_id', '=', userId).where('decision', '=', 'confirm_fraud').executeTakeFirst();
  return row !== undefined;
}

export async function fraudCaseExists(db: Kysely<DB>, id: string): Promise<boolean> {
  return (await db.selectFrom('fraud_cases').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export function lockFraudCase(trx: Transaction<DB>, id: string) {
  return trx.selectFrom('fraud_cases').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export const FraudCaseResponse = z
  .object({
    id: z.uuid(),
    order_id: z.uuid().nullable(),
    subject_user_id: z.uuid(),
    status: z.enum(['open', 'closed']),
    reason: z.string(),
    risk_score: z.number().int(),
    model_version: z.string(),
    /** Empty for stream cases. */
    risk_reasons: RiskReasonsResponse,
    decision: z.enum(['clear', 'confirm_fraud']).nullable(),
    decision_note: z.string().nullable(),
    decided_by: z.uuid().nullable(),
    decided_at: z.iso.datetime().nullable(),
    closing_label: z.enum(CLOSING_LABELS).nullable(),
    assignee_id: z.uuid().nullable(),
    snoozed_until: z.iso.datetime().nullable(),
    created_at: z.iso.datetime(),
    /** payment: opened by the payment-time score, about its order; stream: opened by a stream detector, about accounts; seller_risk: by the seller score at payout, about the seller. */
    source: z.enum(['payment', 'stream', 'seller_risk']),
    detector: z.string().nullable(),
    /** Stream cases: what the detector saw (window, counts, linked accounts, orders, reviews); seller-risk cases: the score and its reasons; null for payment cases. */
    evidence: z.union([StreamEvidenceResponse, SellerRiskEvidenceResponse]).nullable(),
    order: z.object({ amount: MoneyResponse, status: z.enum(ORDER_STATUSES), listing_title: z.string() }).nullable(),
  })
  .meta({
    id: 'FraudCase',
    description: 'A fraud case: opened by the payment-time score (about an order), a stream detector (about accounts) or the seller-risk score (about a seller)',
  });

export function toFraudCaseResponse(c: FraudCaseView) {
  return {
    id: c.id,
    order_id: c.order_id,
    subject_user_id: c.subject_user_id,
    status: c.status,
    reason: c.reason,
    risk_score: c.risk_score,
    model_version: c.model_version,
    risk_reasons: c.risk_reasons,
    decision: c.decision,
    decision_note: c.decision_note,
    decided_by: c.decided_by,
    decided_at: c.decided_at?.toISOString() ?? null,
    closing_label: c.closing_label,
    assignee_id: c.assignee_id,
    snoozed_until: c.snoozed_until?.toISOString() ?? null,
    created_at: c.created_at.toISOString(),
    source: c.source,
    detector: c.detector,
    evidence: (c.evidence ?? null) as Record<string, unknown> | null,
    order:
      c.amount === null || c.currency === null || c.order_status === null || c.listing_title === null
        ? null
        : { amount: { amount: toAmount(c.amount), currency: c.currency }, status: c.order_status, listing_title: c.listing_title },
  };
}
