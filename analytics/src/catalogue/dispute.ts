import { z } from 'zod';
import { defineEvent } from './event';
import { BUYER_DISPUTE_STATUSES, CHARGEBACK_STATUSES, currency, DISPUTE_REASONS, id, minor, ORDER_STATUSES, RESOLUTIONS } from './fields';

// A dispute is opened by the buyer (arbitrated on the platform) or by the card network (a chargeback,
// decided by the provider); `source` tells them apart. Never the free text of either.
const parties = { dispute_id: id, order_id: id, buyer_id: id, seller_id: id, amount: minor, currency };

const buyerShape = {
  ...parties,
  source: z.literal('buyer'),
  status: z.enum(BUYER_DISPUTE_STATUSES),
  reason: z.enum(DISPUTE_REASONS),
  assigned_arbitrator_id: id.nullable(),
};
const buyer = (extra: z.ZodRawShape = {}) => z.strictObject({ ...buyerShape, ...extra });

const chargeback = z.strictObject({
  ...parties,
  source: z.literal('chargeback'),
  provider_dispute_id: z.string(),
  status: z.enum(CHARGEBACK_STATUSES),
  previous_status: z.enum(CHARGEBACK_STATUSES).nullable(),
  provider_status: z.string().describe("the provider's own status word, e.g. needs_response"),
  reason: z.string().describe("the card network's reason, e.g. fraudulent"),
});

export const DISPUTE_EVENTS = {
  'dispute.opened': defineEvent('dispute', 'A buyer opened a dispute, or the provider reported a chargeback.', z.discriminatedUnion('source', [buyer(), chargeback])),
  'dispute.updated': defineEvent('dispute', 'The provider reported a change to a chargeback.', chargeback),
  'dispute.seller_responded': defineEvent('dispute', 'The seller answered a buyer dispute; it is now under review.', buyer()),
  'dispute.assigned': defineEvent('dispute', 'Staff (re)assigned the arbitrator.', buyer({ assigned_by: id })),
  'dispute.resolved': defineEvent(
    'dispute',
    'An arbitrator (or the system) decided a buyer dispute.',
    buyer({
      resolution: z.enum(RESOLUTIONS),
      refunded: minor,
      resolved_by: id.nullable(),
    }),
  ),
  'dispute.evidence_added': defineEvent(
    'dispute',
    'A party added evidence (metadata only).',
    z.strictObject({
      dispute_id: id,
      order_id: id,
      evidence_id: id,
      author_id: id,
      kind: z.enum(['text', 'file']),
      content_type: z.enum(['application/pdf', 'image/jpeg', 'image/png']).nullable(),
      size_bytes: z.int().nonnegative().nullable(),
    }),
  ),
  'chargeback.lost': defineEvent(
    'dispute',
    'The card network decided a chargeback for the buyer; the platform bears the refund.',
    z.strictObject({
      dispute_id: id,
      order_id: id,
      seller_id: id,
      buyer_id: id,
      provider_dispute_id: z.string(),
      amount: minor,
      currency,
      refunded: minor,
      order_status: z.enum(ORDER_STATUSES),
    }),
  ),
};
