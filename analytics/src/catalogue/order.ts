import { z } from 'zod';
import { defineEvent } from './event';
import { CATEGORIES, currency, id, minor, ORDER_STATUSES, RISK_DECISIONS, riskScore, sha256Hex } from './fields';

// Every order event carries the order as analytics needs it without joins (orders.service orderEvent);
// `status` is the order's status after the change.
const order = {
  order_id: id,
  listing_id: id,
  buyer_id: id,
  seller_id: id,
  amount: minor,
  currency,
  fee_amount: minor,
  category: z.enum(CATEGORIES),
  status: z.enum(ORDER_STATUSES),
};
const orderEvent = (extra: z.ZodRawShape = {}) => z.strictObject({ ...order, ...extra });

const refunded = minor.describe('refunded to the buyer in this step, minor units').optional();
const disputeId = id.optional();

export const ORDER_EVENTS = {
  'order.created': defineEvent('order', 'A buyer reserved a listing; the order awaits payment.', orderEvent()),
  'order.payment_started': defineEvent('order', 'The buyer started paying; the risk check let it through.', orderEvent()),
  'order.paid': defineEvent(
    'order',
    'The charge succeeded and the money is in escrow.',
    orderEvent({
      risk_score: riskScore,
      risk_decision: z.enum(RISK_DECISIONS),
      model_version: z.string(),
      // What the stream scorer links accounts by (hashes only).
      buyer_created_at: z.iso.datetime().optional().describe("the buyer account's creation time"),
      device_hash: sha256Hex.optional().describe("the buyer's latest sign-in device"),
      card_hash: sha256Hex.optional().describe("the paying card's provider fingerprint"),
    }),
  ),
  'payment.declined': defineEvent(
    'order',
    'The provider declined the charge; the order is back to initiated.',
    orderEvent({
      decline_code: z.string().nullable(),
    }),
  ),
  'order.expired': defineEvent('order', 'Unpaid within the time limit.', orderEvent()),
  'order.cancelled': defineEvent(
    'order',
    'Cancelled by a party, by staff, by the ship deadline, or blocked by risk.',
    orderEvent({
      reason: z.enum(['risk_blocked', 'fraud_confirmed']).optional(),
      risk_score: riskScore.optional(),
      case_id: id.optional(),
      refunded,
    }),
  ),
  'order.shipped': defineEvent('order', 'The seller shipped.', orderEvent()),
  'order.delivered': defineEvent('order', 'Delivery confirmed by the buyer or by the deadline.', orderEvent()),
  'order.completed': defineEvent(
    'order',
    'The sale is final (by the buyer, a timer, a dispute or a won chargeback).',
    orderEvent({
      funds_held: z.boolean().optional(),
      payout_hold_days: z.int().nonnegative().optional(),
      payout_hold_reasons: z.array(z.string()).optional(),
      settled: z.boolean().optional(),
      reason: z.literal('chargeback_won').optional(),
      dispute_id: disputeId,
    }),
  ),
  'order.disputed': defineEvent(
    'order',
    'A buyer dispute or a chargeback froze the order.',
    orderEvent({
      reason: z.literal('chargeback').optional(),
      dispute_id: disputeId,
    }),
  ),
  'order.refunded': defineEvent(
    'order',
    'Refunded in full (dispute, fraud confirmation or lost chargeback).',
    orderEvent({
      reason: z.enum(['dispute_refund', 'fraud_confirmed', 'chargeback_lost']).optional(),
      dispute_id: disputeId,
      refunded,
    }),
  ),
  'order.refund_proposed': defineEvent('order', 'A party proposed a partial refund.', orderEvent({ proposal_id: id, refund_amount: minor })),
  'order.partially_refunded': defineEvent('order', 'A partial refund proposal was accepted and paid.', orderEvent({ proposal_id: id, refund_amount: minor })),
  'risk.scored': defineEvent(
    'order',
    'The payment risk check scored the order.',
    z.strictObject({
      order_id: id,
      score: riskScore,
      probability: z.number().min(0).max(1),
      decision: z.enum(RISK_DECISIONS),
      model_version: z.string(),
      reasons: z.array(z.string()),
      shadows: z
        .array(z.strictObject({ model_version: z.string(), probability: z.number().min(0).max(1), score: riskScore }))
        .optional()
        .describe('the same input scored by every shadow model (recorded, never acting)'),
    }),
  ),
};
