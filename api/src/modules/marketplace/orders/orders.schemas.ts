import { z } from 'zod';
import { Uuid } from '../../../http/ids';
import { PageQuery } from '../../../http/pagination';
import { MoneyResponse as Money } from '../../money/currencies';
import { RiskReasonsResponse } from '../../risk/scoring';
import { ShippingAddressBody, ShippingAddressResponse } from '../shipping';
import { ORDER_STATUSES } from './order';

export const OrderIdParams = z.strictObject({ id: Uuid.describe('The order’s id') });
export const CreateOrderBody = z.strictObject({ listing_id: Uuid }).meta({ examples: [{ listing_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7' }] });
export const PayOrderBody = z
  .strictObject({
    payment_method: z
      .string()
      .min(1, 'must not be empty')
      .max(255, 'must be at most 255 characters')
      .regex(/^pm_[A-Za-z0-9_]+$/, 'must be a payment method id (pm_…)'),
    shipping_address: ShippingAddressBody.optional().describe('Where the seller sends the item (or give shipping_address_id)'),
    shipping_address_id: Uuid.optional().describe('One of my saved addresses (or give shipping_address)'),
  })
  // A physical marketplace: every paid order has somewhere to ship to.
  .superRefine((b, ctx) => {
    if (!b.shipping_address && !b.shipping_address_id) ctx.addIssue({ code: 'custom', path: ['shipping_address'], message: 'is required (or give shipping_address_id)' });
    if (b.shipping_address && b.shipping_address_id)
      ctx.addIssue({ code: 'custom', path: ['shipping_address_id'], message: 'give either shipping_address or shipping_address_id, not both' });
  })
  .meta({
    examples: [
      { payment_method: 'pm_card_visa', shipping_address: { name: 'Ada Lovelace', line1: '12 Marylebone Road', city: 'London', postal_code: 'NW1 5LR', country: 'GB' } },
      { payment_method: 'pm_card_visa', shipping_address_id: '5b1f0a3c-2d4e-4f60-8a7b-9c0d1e2f3a4b' },
    ],
  });
export type ShipTo = { address: z.output<typeof ShippingAddressBody> } | { savedAddressId: string };
export const ShipOrderBody = z
  .strictObject({
    carrier: z.string().trim().min(1, 'must not be empty').max(64, 'must be at most 64 characters'),
    tracking_number: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(64, 'must be at most 64 characters')
      .regex(/^[A-Za-z0-9 -]+$/, 'must contain only letters, digits, spaces and dashes'),
  })
  .meta({ examples: [{ carrier: 'DHL', tracking_number: '00340434161094042557' }] });
export const DISPUTE_REASONS = ['not_received', 'not_as_described', 'damaged', 'counterfeit', 'other'] as const;
export const OpenDisputeBody = z
  .strictObject({
    reason: z.enum(DISPUTE_REASONS, { error: `must be one of ${DISPUTE_REASONS.join(', ')}` }),
    description: z.string().trim().min(1, 'must not be empty').max(5000, 'must be at most 5000 characters'),
  })
  .meta({ examples: [{ reason: 'not_as_described', description: 'The lens is scratched, the listing said mint' }] });
export const ListOrdersQuery = PageQuery.extend({
  role: z.enum(['buyer', 'seller'], { error: 'must be buyer or seller' }).default('buyer').describe('Orders where I am the buyer, or the seller'),
}).strict();
export const AdminListOrdersQuery = PageQuery.extend({
  status: z.enum(ORDER_STATUSES, { error: 'must be an order status' }).optional().describe('Only orders in this status'),
}).strict();

export const OrderResponse = z
  .object({
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
    tracking_url: z.string().nullable().describe('The carrier’s tracking page, for carriers we know'),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  })
  .meta({
    id: 'Order',
    description: 'An order between a buyer and a seller; amounts in minor units',
    examples: [
      {
        id: '0b8f3c2e-5a1d-4c6e-9f7a-2d3b4c5e6f70',
        listing_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
        buyer_id: 'a3bb189e-8bf9-3888-9912-ace4e6543002',
        seller_id: 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
        amount: { amount: 4999, currency: 'EUR' },
        fee: { amount: 249, currency: 'EUR' },
        refunded: { amount: 0, currency: 'EUR' },
        status: 'paid',
        carrier: null,
        tracking_number: null,
        tracking_url: null,
        created_at: '2026-03-02T10:15:00.000Z',
        updated_at: '2026-03-02T10:15:00.000Z',
      },
    ],
  });
export const OrderDetailResponse = OrderResponse.extend({
  shipping_address: ShippingAddressResponse.nullable().describe('Where the item goes: always for the buyer; for the seller once paid, until the dispute window after completion'),
  shipping_address_hidden: z
    .enum(['not_paid', 'order_closed', 'dispute_window_passed', 'none_given'])
    .nullable()
    .describe('Why shipping_address is null: not paid yet, cancelled or refunded, the dispute window after completion has passed, or no address was given'),
}).meta({ id: 'OrderDetail', description: 'One order with where it ships to' });
export const AdminOrderResponse = OrderResponse.extend({
  listing_title: z.string(),
  risk_score: z.number().int().nullable(),
  risk_decision: z.enum(['allow', 'step_up', 'review', 'block']).nullable(),
  risk_reasons: RiskReasonsResponse,
  funds_held: z.boolean(),
}).meta({ id: 'AdminOrder', description: 'An order as staff see it, with its listing and risk' });
export const HistoryResponse = z.object({
  data: z.array(z.object({ from: z.string().nullable(), to: z.string(), actor: z.string(), reason: z.string().nullable(), at: z.iso.datetime() })),
});
