import { z } from 'zod';
import { Uuid } from '../../../http/ids';
import { PageQuery } from '../../../http/pagination';
import { MoneyResponse, MoneySchema } from '../../money/currencies';

export const MAX_DURATION_HOURS = 240;
/** How far ahead an auction may be scheduled to start. */
export const MAX_START_DELAY_DAYS = 30;

const Instant = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time with a time zone' }).transform((s) => new Date(s));

export const CreateAuctionBody = z
  .strictObject({
    start_price: MoneySchema.describe('The first bid’s minimum, in the listing’s currency'),
    reserve_price: MoneySchema.optional().describe('Below this the item is not sold; only you see it (bidders see whether it is met)'),
    duration_hours: z.int('must be a whole number of hours').min(1, 'must be at least 1').max(MAX_DURATION_HOURS, `must be at most ${MAX_DURATION_HOURS}`).optional(),
    ends_at: Instant.optional().describe(`When bidding closes (instead of duration_hours): 1 to ${MAX_DURATION_HOURS} hours after the start`),
    starts_at: Instant.optional().describe(`When bidding opens; now if omitted, at most ${MAX_START_DELAY_DAYS} days ahead`),
  })
  .superRefine((b, ctx) => {
    if ((b.duration_hours === undefined) === (b.ends_at === undefined))
      ctx.addIssue({ code: 'custom', path: ['duration_hours'], message: 'give either duration_hours or ends_at' });
    if (b.reserve_price && b.reserve_price.currency === b.start_price.currency && b.reserve_price.amount < b.start_price.amount) {
      ctx.addIssue({ code: 'custom', path: ['reserve_price', 'amount'], message: 'must not be below the start price' });
    }
  });

export const PlaceBidBody = z.strictObject({
  max_amount: MoneySchema.describe('The most you would pay: the platform bids for you, one increment at a time, up to it'),
});

export const AuctionIdParams = z.strictObject({ id: Uuid.describe('The auction’s id') });

export const ListBidsQuery = z.strictObject({
  limit: z.coerce.number().int('must be an integer').min(1, 'must be at least 1').max(100, 'must be at most 100').default(50).describe('Page size, 1 to 100'),
  cursor: z
    .string()
    .regex(/^[1-9][0-9]{0,8}$/, 'is not a valid cursor')
    .transform(Number)
    .optional()
    .describe('The previous page’s next_cursor'),
});

export const ListMyBidsQuery = PageQuery.strict();

export const AuctionResponse = z
  .object({
    id: z.uuid(),
    listing_id: z.uuid(),
    seller_id: z.uuid(),
    status: z.enum(['live', 'awaiting_payment', 'sold', 'unsold']).describe('live: open for bids (from starts_at); awaiting_payment: the winner’s order is open; sold; unsold'),
    outcome: z.enum(['sold', 'no_bids', 'reserve_not_met', 'unpaid', 'unavailable']).nullable().describe('Why it ended as it did; null while it runs'),
    start_price: MoneyResponse,
    current_price: MoneyResponse.nullable().describe('The visible price (the second-highest maximum plus one increment); null before the first bid'),
    minimum_bid: MoneyResponse.describe('The least you may bid now (above your own maximum when you lead)'),
    bid_count: z.int(),
    bidder_count: z.int(),
    leader_label: z.string().nullable().describe('The leading bidder’s pseudonym in this auction (“Bidder 3”), never their name'),
    you_are_leading: z.boolean(),
    your_max: MoneyResponse.nullable().describe('Your highest maximum in this auction, if you bid'),
    has_reserve: z.boolean(),
    reserve_met: z.boolean().describe('Whether the price reached the reserve (true without one once bid on)'),
    reserve_price: MoneyResponse.nullable().optional().describe('The reserve: sent to the seller only'),
    order_id: z.uuid().nullable().optional().describe('The winner’s order: sent to the seller and the winner only'),
    starts_at: z.iso.datetime(),
    ends_at: z.iso.datetime().describe('A bid in the last minutes pushes it back (anti-sniping)'),
    created_at: z.iso.datetime(),
  })
  .meta({ id: 'Auction' });

export const BidResponse = z
  .object({
    seq: z.int().describe('1 for the auction’s first bid, without gaps'),
    bidder_label: z.string(),
    yours: z.boolean(),
    price: MoneyResponse.describe('The visible price after this bid'),
    created_at: z.iso.datetime(),
  })
  .meta({ id: 'Bid', description: 'An accepted bid, pseudonymous: maximums stay secret' });

export const PlaceBidResponse = z.object({
  auction: AuctionResponse,
  leading: z.boolean().describe('Whether your maximum leads (false: another bidder’s earlier or higher maximum answered it)'),
});

export const MyBidResponse = z
  .object({
    auction: AuctionResponse,
    my_bids: z.int(),
    last_bid_at: z.iso.datetime(),
  })
  .meta({ id: 'MyAuctionBids' });
