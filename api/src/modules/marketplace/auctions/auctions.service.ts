import type { z } from 'zod';
import type { AppContext } from '../../../context';
import { inTransaction, isUniqueViolation } from '../../../db/transaction';
import { conflict, invalid, notFound } from '../../../errors';
import { appendEvents } from '../../platform/outbox';
import { findVisibleListing, lockListing, setSaleFormat } from '../listings';
import type { Cursor } from '../../../db/keyset';
import { toAmount } from '../../money/currencies';
import { type Auction, findAuction, insertAuction, listAuctionsBidOnBy, listBids } from './auctions.repository';
import { auctionView, bidderLabel } from './auction-view';
import { MAX_DURATION_HOURS, MAX_START_DELAY_DAYS, type CreateAuctionBody } from './auctions.schemas';

const HOUR = 3_600_000;

/** When bidding opens and closes: now (or `starts_at`, within MAX_START_DELAY_DAYS) for `duration_hours` (or until `ends_at`). */
function scheduleOf(body: z.infer<typeof CreateAuctionBody>, now: Date): { startsAt: Date; endsAt: Date } {
  const startsAt = body.starts_at ?? now;
  // A minute of slack for the client's clock.
  if (startsAt.getTime() < now.getTime() - 60_000) throw invalid('invalid_schedule', 'The start must not be in the past', 'starts_at');
  if (startsAt.getTime() > now.getTime() + MAX_START_DELAY_DAYS * 24 * HOUR)
    throw invalid('invalid_schedule', `The start must be within ${MAX_START_DELAY_DAYS} days`, 'starts_at');
  const endsAt = body.ends_at ?? new Date(startsAt.getTime() + body.duration_hours! * HOUR);
  const hours = (endsAt.getTime() - startsAt.getTime()) / HOUR;
  if (hours < 1 || hours > MAX_DURATION_HOURS) throw invalid('invalid_schedule', `An auction runs 1 to ${MAX_DURATION_HOURS} hours`, 'ends_at');
  return { startsAt, endsAt };
}

/**
 * The seller puts their active listing up for auction, in the listing's currency. From then on the
 * listing is sold by the auction alone (`sale_format` auction: orders and offers refuse it) and
 * cannot be edited or withdrawn until the auction ends.
 */
export async function createAuction(ctx: AppContext, sellerId: string, listingId: string, body: z.infer<typeof CreateAuctionBody>): Promise<Auction> {
  const now = ctx.clock.now();
  const { startsAt, endsAt } = scheduleOf(body, now);
  return inTransaction(ctx.db, async (trx) => {
    const listing = await lockListing(trx, listingId);
    if (!listing || listing.seller_id !== sellerId) throw notFound('Listing');
    if (listing.status !== 'active') throw conflict('listing_not_active', `A ${listing.status} listing cannot be auctioned: only an active (published, unreserved) one`);
    if (listing.sale_format === 'auction') throw conflict('auction_exists', 'This listing is already being auctioned');
    for (const [field, money] of [
      ['start_price', body.start_price],
      ['reserve_price', body.reserve_price],
    ] as const) {
      if (money && money.currency !== listing.currency) throw invalid('currency_mismatch', `An auction is in its listing’s currency (${listing.currency})`, `${field}.currency`);
    }
    try {
      const auction = await insertAuction(trx, {
        listing_id: listingId,
        seller_id: sellerId,
        currency: listing.currency,
        start_price: body.start_price.amount,
        reserve_price: body.reserve_price?.amount ?? null,
        starts_at: startsAt,
        ends_at: endsAt,
        price: null,
        leader_id: null,
        leader_max: null,
        winner_id: null,
        winner_order_id: null,
        outcome: null,
        created_at: now,
        updated_at: now,
      });
      await setSaleFormat(trx, listingId, 'auction', now);
      await appendEvents(trx, [
        {
          type: 'auction.created',
          aggregateType: 'auction',
          aggregateId: auction.id,
          occurredAt: now,
          payload: {
            auction_id: auction.id,
            listing_id: listingId,
            seller_id: sellerId,
            start_price: body.start_price.amount,
            currency: listing.currency,
            has_reserve: body.reserve_price !== undefined,
            starts_at: startsAt.toISOString(),
            ends_at: endsAt.toISOString(),
          },
        },
      ]);
      return auction;
    } catch (err) {
      if (isUniqueViolation(err, 'auctions_one_open_per_listing')) throw conflict('auction_exists', 'This listing is already being auctioned');
      throw err;
    }
  });
}

/** The auction if `viewerId` may see it: its seller always; anyone else while its listing is visible to them (not removed, not blocked). */
export async function findShownAuction(ctx: AppContext, auctionId: string, viewerId: string | null): Promise<Auction> {
  const auction = await findAuction(ctx.db, auctionId);
  if (!auction) throw notFound('Auction');
  if (auction.seller_id !== viewerId && !(await findVisibleListing(ctx.db, auction.listing_id, viewerId ?? undefined))) throw notFound('Auction');
  return auction;
}

/** The auction as the viewer sees it (see toAuctionResponse). */
export async function getAuction(ctx: AppContext, auctionId: string, viewerId: string | null) {
  return auctionView(ctx.db, await findShownAuction(ctx, auctionId, viewerId), viewerId);
}

/** Accepted bids, newest first, pseudonymous: each bidder's number and the price after the bid, never a maximum. */
export async function bidHistory(ctx: AppContext, auctionId: string, viewerId: string | null, limit: number, beforeSeq?: number) {
  const auction = await findShownAuction(ctx, auctionId, viewerId);
  const bids = await listBids(ctx.db, auction.id, limit + 1, beforeSeq);
  const kept = bids.slice(0, limit);
  return {
    data: kept.map((b) => ({
      seq: b.seq,
      bidder_label: bidderLabel(b.bidder_no),
      yours: b.bidder_id === viewerId,
      price: { amount: toAmount(b.price_after), currency: auction.currency },
      created_at: b.created_at.toISOString(),
    })),
    next_cursor: bids.length > limit ? String(kept[kept.length - 1]!.seq) : null,
  };
}

/** The auctions the user bid on, by their latest bid, newest first (limit + 1 rows: the extra one says whether a page follows). */
export async function myBids(ctx: AppContext, userId: string, limit: number, cursor?: Cursor) {
  const rows = await listAuctionsBidOnBy(ctx.db, userId, limit, cursor);
  return Promise.all(rows.map(async (r) => ({ id: r.id, created_at: r.last_bid_at, my_bids: r.my_bids, auction: await auctionView(ctx.db, r, userId) })));
}
