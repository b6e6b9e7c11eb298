import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../db/schema';
import { type Auction, bidderNumbers, biddingStateOf, maxBidOf, termsOf } from './auctions.repository';
import type { AuctionResponse } from './auctions.schemas';
import { minimumBid, reserveMet } from './proxy-bidding';

/** A bidder's public name in one auction: their number there, never who they are. */
export const bidderLabel = (bidderNo: number) => `Bidder ${bidderNo}`;

export interface ViewerFacts {
  viewerId: string | null;
  leaderNo: number | null;
  viewerMax: number | null;
}

/** The auction as `viewerId` sees it: the reserve's amount for the seller alone, the order for the seller and the winner. */
export function toAuctionResponse(a: Auction, f: ViewerFacts): z.infer<typeof AuctionResponse> {
  const terms = termsOf(a);
  const state = biddingStateOf(a);
  const money = (amount: number) => ({ amount, currency: a.currency });
  const isSeller = f.viewerId === a.seller_id;
  return {
    id: a.id,
    listing_id: a.listing_id,
    seller_id: a.seller_id,
    status: a.status,
    outcome: a.outcome,
    start_price: money(terms.startPrice),
    current_price: state.price === null ? null : money(state.price),
    minimum_bid: money(minimumBid(terms, state, f.viewerId ?? undefined)),
    bid_count: a.bid_count,
    bidder_count: a.bidder_count,
    leader_label: f.leaderNo === null ? null : bidderLabel(f.leaderNo),
    you_are_leading: f.viewerId !== null && f.viewerId === a.leader_id,
    your_max: f.viewerMax === null ? null : money(f.viewerMax),
    has_reserve: terms.reservePrice !== null,
    reserve_met: reserveMet(terms, state),
    ...(isSeller && { reserve_price: terms.reservePrice === null ? null : money(terms.reservePrice) }),
    ...((isSeller || (f.viewerId !== null && f.viewerId === a.winner_id)) && { order_id: a.winner_order_id }),
    starts_at: a.starts_at.toISOString(),
    ends_at: a.ends_at.toISOString(),
    created_at: a.created_at.toISOString(),
  };
}

/** Loads what the view needs besides the row: the leader's number and the viewer's own maximum. */
export async function viewerFacts(db: Kysely<DB> | Transaction<DB>, a: Auction, viewerId: string | null): Promise<ViewerFacts> {
  const numbers = a.leader_id ? await bidderNumbers(db, a.id, [a.leader_id]) : new Map<string, number>();
  return { viewerId, leaderNo: a.leader_id ? (numbers.get(a.leader_id) ?? null) : null, viewerMax: viewerId ? await maxBidOf(db, a.id, viewerId) : null };
}

export async function auctionView(db: Kysely<DB> | Transaction<DB>, a: Auction, viewerId: string | null) {
  return toAuctionResponse(a, await viewerFacts(db, a, viewerId));
}
