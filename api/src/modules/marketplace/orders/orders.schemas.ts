import { z } from 'zod';
import { Uuid } from '../../../http/ids';
import { PageQuery } from '../../../http/pagination';
import { ORDER_STATUSES } from './order';

export const OrderIdParams = z.strictObject({ id: Uuid });
export const CreateOrderBody = z.strictObject({ listing_id: Uuid });
export const PayOrderBody = z.strictObject({
  payment_method: z.string().min(1, 'must not be empty').max(255, 'must be at most 255 characters').regex(/^pm_[A-Za-z0-9_]+$/, 'must be a payment method id (pm_…)'),
});
export const ShipOrderBody = z.strictObject({
  carrier: z.string().trim().min(1, 'must not be empty').max(64, 'must be at most 64 characters'),
  tracking_number: z.string().trim().min(1, 'must not be empty').max(64, 'must be at most 64 characters').regex(/^[A-Za-z0-9 -]+$/, 'must contain only letters, digits, spaces and dashes'),
});
export const DISPUTE_REASONS = ['not_received', 'not_as_described', 'damaged', 'counterfeit', 'other'] as const;
export const OpenDisputeBody = z.strictObject({
  reason: z.enum(DISPUTE_REASONS, { error: `must be one of ${DISPUTE_REASONS.join(', ')}` }),
  description: z.string().trim().min(1, 'must not be empty').max(5000, 'must be at most 5000 characters'),
});
export const ListOrdersQuery = PageQuery.extend({
  role: z.enum(['buyer', 'seller'], { error: 'must be buyer or seller' }).default('buyer'),
}).strict();
export const AdminListOrdersQuery = PageQuery.extend({
  status: z.enum(ORDER_STATUSES, { error: 'must be an order status' }).optional(),
}).strict();

const Money = z.object({ amount: z.number().int(), currency: z.string() });
export const OrderResponse = z.object({
  id: z.uuid(),
  listing_id: z.uuid(),
  buyer_id: z.uuid(),
  seller_id: z.uuid(),
  amount: Money,
  fee: Money,
  refunded: Money,
  status: z.enum(ORDER_STATUSES),
  carrier: z.string().nullable(),
  tracking_number: z.string().nullable(),
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
});
export const AdminOrderResponse = OrderResponse.extend({
  listing_title: z.string(),
  risk_score: z.number().int().nullable(),
  risk_decision: z.enum(['allow', 'review', 'block']).nullable(),
  funds_held: z.boolean(),
});
export const HistoryResponse = z.object({
  data: z.array(z.object({ from: z.string().nullable(), to: z.string(), actor: z.string(), reason: z.string().nullable(), at: z.iso.datetime() })),
});
