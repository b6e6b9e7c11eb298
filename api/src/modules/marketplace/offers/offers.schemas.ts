import { z } from 'zod';
import { Uuid } from '../../../http/ids';
import { PageQuery } from '../../../http/pagination';
import { MoneyResponse as Money, MoneySchema } from '../../money/currencies';
import { OrderResponse } from '../orders';
import { OFFER_STATUSES } from './offer';

export const OfferIdParams = z.strictObject({ id: Uuid.describe('The offer’s id') });
export const OfferAmountBody = z
  .strictObject({ amount: MoneySchema.describe('The proposed price, in the listing’s currency') })
  .meta({ examples: [{ amount: { amount: 4000, currency: 'EUR' } }] });

const status = z
  .enum(OFFER_STATUSES, { error: `must be one of ${OFFER_STATUSES.join(', ')}` })
  .optional()
  .describe('Only offers in this status');
export const ListingOffersQuery = PageQuery.extend({ status }).strict();
export const MyOffersQuery = PageQuery.extend({
  role: z.enum(['buyer', 'seller'], { error: 'must be buyer or seller' }).default('buyer').describe('Offers I made (buyer) or received on my listings (seller)'),
  status,
}).strict();

export const OfferResponse = z
  .object({
    id: z.uuid(),
    listing_id: z.uuid(),
    buyer_id: z.uuid(),
    seller_id: z.uuid(),
    amount: Money.describe('The amount on the table: the latest proposal'),
    status: z.enum(OFFER_STATUSES),
    awaiting: z.enum(['buyer', 'seller']).nullable().describe('Whose answer the offer awaits while pending (they may accept, decline or counter)'),
    round: z.number().int().describe('Proposals so far: 1 for the offer, one more per counter'),
    order_id: z.uuid().nullable().describe('The order an accepted offer opened'),
    expires_at: z.iso.datetime().describe('When a pending offer lapses unanswered'),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  })
  .meta({
    id: 'Offer',
    description: 'A negotiation between a buyer and a listing’s seller; amounts in minor units',
    examples: [
      {
        id: '3f2b8c1e-7d4a-4e5f-9a6b-1c2d3e4f5a6b',
        listing_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
        buyer_id: 'a3bb189e-8bf9-3888-9912-ace4e6543002',
        seller_id: 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
        amount: { amount: 4000, currency: 'EUR' },
        status: 'pending',
        awaiting: 'seller',
        round: 1,
        order_id: null,
        expires_at: '2026-03-04T10:15:00.000Z',
        created_at: '2026-03-02T10:15:00.000Z',
        updated_at: '2026-03-02T10:15:00.000Z',
      },
    ],
  });

export const OfferDetailResponse = OfferResponse.extend({
  history: z
    .array(
      z.object({
        actor: z.enum(['buyer', 'seller', 'system']),
        action: z.enum(['made', 'countered', 'accepted', 'declined', 'withdrawn', 'expired', 'superseded']),
        amount: z.number().int().nullable().describe('The amount proposed (made, countered)'),
        at: z.iso.datetime(),
      }),
    )
    .describe('Every step, oldest first'),
}).meta({ id: 'OfferDetail', description: 'An offer with its history of proposals and outcome' });

export const AcceptOfferResponse = z
  .object({ offer: OfferResponse, order: OrderResponse })
  .meta({ id: 'AcceptedOffer', description: 'The accepted offer and the order it opened' });
