import { z } from 'zod';
import { defineEvent } from './event';
import { currency, id, minor } from './fields';

// Every offer event carries the offer as analytics needs it without joins (offers' offer-effects);
// `amount` is the amount on the table after the change, `status` the offer's status after it.
const offer = {
  offer_id: id,
  listing_id: id,
  buyer_id: id,
  seller_id: id,
  amount: minor,
  currency,
  status: z.enum(['pending', 'accepted', 'declined', 'withdrawn', 'expired', 'superseded']),
  round: z.int().positive().describe('proposals so far: 1 for the offer, one more per counter'),
  actor: z.enum(['buyer', 'seller', 'system']),
};
const offerEvent = (extra: z.ZodRawShape = {}) => z.strictObject({ ...offer, ...extra });

export const OFFER_EVENTS = {
  'offer.made': defineEvent('offer', 'A buyer offered a price below a listing’s.', offerEvent()),
  'offer.countered': defineEvent('offer', 'The awaited party proposed another amount; the other party’s turn.', offerEvent()),
  'offer.accepted': defineEvent('offer', 'The awaited party accepted: an order opened at the agreed amount.', offerEvent({ order_id: id })),
  'offer.declined': defineEvent('offer', 'The awaited party declined; the negotiation ended.', offerEvent()),
  'offer.withdrawn': defineEvent('offer', 'The buyer withdrew (or deleted their account).', offerEvent()),
  'offer.expired': defineEvent('offer', 'Unanswered within OFFER_TTL_HOURS.', offerEvent()),
  'offer.superseded': defineEvent('offer', 'Another offer on the listing was accepted, or the seller closed their account.', offerEvent()),
};
