import { bidIncrement } from './bid-increments';

// Proxy (maximum) bidding, pure: a bidder states the most they would pay and the platform bids for
// them, one increment at a time. The visible price is the second-highest maximum plus one increment,
// capped at the leader's maximum; between equal maximums the earlier bid leads. With a reserve, a
// leader whose maximum reaches it moves the price up to the reserve (the reserve is then met).

export interface AuctionTerms {
  currency: string;
  startPrice: number;
  reservePrice: number | null;
}

export interface BiddingState {
  leaderId: string | null;
  leaderMax: number | null;
  /** The visible price; null before the first bid. */
  price: number | null;
}

export const NO_BIDS: BiddingState = { leaderId: null, leaderMax: null, price: null };

export type BidResult = { ok: true; state: BiddingState; leading: boolean; outbid: string | null } | { ok: false; error: 'bid_too_low'; minimum: number };

/** The least `bidderId` may bid now: the start price, the price plus one increment, or above their own maximum when they lead. */
export function minimumBid(terms: AuctionTerms, state: BiddingState, bidderId?: string): number {
  if (state.leaderId === null || state.price === null || state.leaderMax === null) return terms.startPrice;
  if (bidderId === state.leaderId) return state.leaderMax + 1;
  return state.price + bidIncrement(state.price, terms.currency);
}

/** Whether the price reached the reserve (always, without one). */
export const reserveMet = (terms: AuctionTerms, state: BiddingState) => state.price !== null && (terms.reservePrice === null || state.price >= terms.reservePrice);

/** Raises the price to the reserve once the leader's maximum covers it. */
function withReserve(terms: AuctionTerms, s: { leaderId: string; leaderMax: number; price: number }): BiddingState {
  if (terms.reservePrice === null || s.price >= terms.reservePrice || s.leaderMax < terms.reservePrice) return s;
  return { ...s, price: terms.reservePrice };
}

/** Applies one bid (a maximum) to the state; `outbid` is the leader it displaced, if any. */
export function placeProxyBid(terms: AuctionTerms, state: BiddingState, bidderId: string, max: number): BidResult {
  const minimum = minimumBid(terms, state, bidderId);
  if (max < minimum) return { ok: false, error: 'bid_too_low', minimum };
  const inc = (p: number) => bidIncrement(p, terms.currency);
  const { leaderId, leaderMax, price } = state;
  if (leaderId === null || leaderMax === null || price === null) {
    return { ok: true, state: withReserve(terms, { leaderId: bidderId, leaderMax: max, price: terms.startPrice }), leading: true, outbid: null };
  }
  // The leader raising their own maximum: the price moves only to meet the reserve.
  if (bidderId === leaderId) return { ok: true, state: withReserve(terms, { leaderId, leaderMax: max, price }), leading: true, outbid: null };
  if (max > leaderMax) {
    return { ok: true, state: withReserve(terms, { leaderId: bidderId, leaderMax: max, price: Math.min(max, leaderMax + inc(leaderMax)) }), leading: true, outbid: leaderId };
  }
  // The leader's proxy answers; a tie goes to the earlier bid.
  return { ok: true, state: withReserve(terms, { leaderId, leaderMax, price: Math.min(leaderMax, max + inc(max)) }), leading: false, outbid: null };
}

/** The state after accepted bids in order (the replay the race test and the second chance use). */
export function replayBids(terms: AuctionTerms, bids: readonly { bidderId: string; max: number }[]): BiddingState {
  let state = NO_BIDS;
  for (const bid of bids) {
    const result = placeProxyBid(terms, state, bid.bidderId, bid.max);
    if (result.ok) state = result.state;
  }
  return state;
}
