import { z } from 'zod';
import { defineEvent } from './event';
import { FRAUD_CASE_SOURCES, FRAUD_DECISIONS, id, riskScore } from './fields';

// Version 2 of both: stream scoring opens cases without an order (order_id null, the detector named).
const openedByPayment = { case_id: id, order_id: id, subject_user_id: id, risk_score: riskScore, model_version: z.string() };

export const FRAUD_CASE_EVENTS = {
  'fraud_case.opened': defineEvent(
    'fraud_case',
    'The payment-time risk check, a stream detector or the seller-side risk score opened a case.',
    z.strictObject({ ...openedByPayment, source: z.enum(['payment']) }),
    z.discriminatedUnion('source', [
      z.strictObject({ ...openedByPayment, source: z.literal('payment').describe("the payment-time risk check (the order's funds are held)") }),
      z.strictObject({
        ...openedByPayment,
        order_id: z.null(),
        source: z.literal('stream').describe('a stream detector over ClickHouse windows'),
        detector: z.string().describe('the detector that fired'),
      }),
      z.strictObject({
        ...openedByPayment,
        order_id: z.null(),
        source: z.literal('seller_risk').describe("the seller-side risk score when a completed order's payout was arranged"),
        detector: z.literal('seller_risk'),
      }),
    ]),
  ),
  'fraud_case.decided': defineEvent(
    'fraud_case',
    'Staff cleared the case or confirmed fraud.',
    z.strictObject({ case_id: id, order_id: id, decision: z.enum(FRAUD_DECISIONS), subject_user_id: id, model_version: z.string(), risk_score: riskScore }),
    z.strictObject({
      case_id: id,
      order_id: id.nullable(),
      decision: z.enum(FRAUD_DECISIONS),
      subject_user_id: id,
      model_version: z.string(),
      risk_score: riskScore,
      source: z.enum(FRAUD_CASE_SOURCES),
    }),
  ),
};
