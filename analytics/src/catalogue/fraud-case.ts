import { z } from 'zod';
import { defineEvent } from './event';
import { FRAUD_DECISIONS, id, riskScore } from './fields';

export const FRAUD_CASE_EVENTS = {
  'fraud_case.opened': defineEvent('fraud_case', "A risk review opened a case and held the order's funds.", z.strictObject({
    case_id: id, order_id: id, subject_user_id: id, risk_score: riskScore, model_version: z.string(),
    source: z.enum(['payment']).describe('what opened it: the payment-time risk check'),
  })),
  'fraud_case.decided': defineEvent('fraud_case', 'Staff cleared the case or confirmed fraud.', z.strictObject({
    case_id: id, order_id: id, decision: z.enum(FRAUD_DECISIONS), subject_user_id: id, model_version: z.string(), risk_score: riskScore,
  })),
};
