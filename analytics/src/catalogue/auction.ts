import { z } from 'zod';
import { defineEvent } from './event';
import { currency, id, minor } from './fields';

const auction = { auction_id: id, listing_id: id, seller_id: id };
const OUTCOMES = ['sold', 'no_bids', 'reserve_not_met', 'unpaid', 'unavailable'] as const;

export const AUCTION_EVENTS = {
  // Whether a reserve exists, never its amount.
  'auction.created': defineEvent(
    'auction',
    'A seller put their listing up for auction.',
    z.strictObject({ ...auction, start_price: minor, currency, has_reserve: z.boolean(), starts_at: z.iso.datetime(), ends_at: z.iso.datetime() }),
  ),
  'auction.bid_placed': defineEvent(
    'auction',
    'A bid (a proxy maximum) was accepted.',
    z.strictObject({
      ...auction,
      bidder_id: id,
      seq: z.int().positive().describe('the bid’s number in the auction, without gaps'),
      max_amount: minor.describe('the bidder’s maximum (secret in the API)'),
      price: minor.describe('the visible price after the bid'),
      currency,
      leading: z.boolean().describe('whether the bidder leads after it'),
      leader_changed: z.boolean(),
    }),
  ),
  'auction.extended': defineEvent(
    'auction',
    'A bid near the end pushed the end back (anti-sniping).',
    z.strictObject({ ...auction, seq: z.int().positive().describe('the bid that extended it'), previous_ends_at: z.iso.datetime(), ends_at: z.iso.datetime() }),
  ),
  'auction.ended': defineEvent(
    'auction',
    'Bidding closed. sold: the winner’s order is open for payment; no_bids, reserve_not_met, unavailable (the winner could not get the order): unsold at the close; unpaid: neither the winner nor the second chance paid.',
    z.strictObject({
      ...auction,
      outcome: z.enum(OUTCOMES),
      price: minor.nullable().describe('the final visible price; null without bids'),
      currency,
      bid_count: z.int().nonnegative(),
      winner_id: id.nullable(),
      order_id: id.nullable(),
    }),
  ),
  'auction.second_chance': defineEvent(
    'auction',
    'The winner did not pay: the runner-up got an order at the price they would have won at.',
    z.strictObject({ ...auction, previous_winner_id: id, buyer_id: id, order_id: id, price: minor, currency }),
  ),
  'auction.sold': defineEvent(
    'auction',
    'The winner’s (or second chance’s) order was paid.',
    z.strictObject({ ...auction, winner_id: id, order_id: id, price: minor, currency, second_chance: z.boolean() }),
  ),
};
