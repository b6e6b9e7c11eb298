import type { AppContext } from '../../../context';
import { type Finding, type OpenOutcome, openStreamCase } from '../../risk/stream-scoring';
import { sharedFingerprintKinds } from '../../risk/fingerprints';
import { ordersBetween } from '../orders';
import { type Auction, pricePushingOf } from './auctions.repository';

// Shill bidding: a seller (or a friend) bidding up their own auction. Two detectors, run after each
// accepted bid, each opening at most one case per seller + bidder in the fraud-case inbox through the
// stream-scoring path (same dedupe, cool-off, audit and event):
// - auction_shill_linked: the bidder shares a device or card with the seller, or the two have traded
//   with each other AUCTION_SHILL_PAIR_ORDERS times (accounts of one person, or a partner);
// - auction_shill_pattern: a bidder who never won one of the seller's auctions keeps bidding the leader
//   up to (within one increment of) their hidden maximum — AUCTION_SHILL_PUSH_BIDS times — which only
//   raises the price.

export const SHILL_DETECTORS = { linked: 'auction_shill_linked', pattern: 'auction_shill_pattern' } as const;

export async function detectShillBidding(ctx: AppContext, auction: Pick<Auction, 'id' | 'seller_id' | 'starts_at'>, bidderId: string): Promise<OpenOutcome[]> {
  const { config } = ctx;
  const sellerId = auction.seller_id;
  const now = ctx.clock.now();
  const base = {
    subjectKey: `${sellerId}:${bidderId}`,
    subjectUserId: bidderId,
    accounts: [
      { user_id: bidderId, role: 'bidder' },
      { user_id: sellerId, role: 'seller' },
    ],
    window: { from: auction.starts_at.toISOString(), to: now.toISOString() },
  };
  const findings: Finding[] = [];

  const kinds = await sharedFingerprintKinds(ctx.db, bidderId, sellerId);
  const { orders } = await ctx.db.selectNoFrom(ordersBetween(bidderId, sellerId).as('orders')).executeTakeFirstOrThrow();
  if (kinds.length > 0 || orders >= config.AUCTION_SHILL_PAIR_ORDERS) {
    const links = [...kinds.map((k) => `shares a ${k}`), ...(orders > 0 ? [`${orders} orders between them`] : [])];
    findings.push({
      detector: SHILL_DETECTORS.linked,
      subjectKey: base.subjectKey,
      subjectUserId: base.subjectUserId,
      // A shared device or card is close to proof of one person; trading often, a weaker hint.
      score: kinds.length > 0 ? 85 : 65,
      reason: `Bid on auction ${auction.id} by an account linked to its seller: ${links.join('; ')}`,
      evidence: {
        window: base.window,
        counts: { shared_devices: kinds.includes('device') ? 1 : 0, shared_cards: kinds.includes('card') ? 1 : 0, orders_between: orders },
        thresholds: { pair_orders: config.AUCTION_SHILL_PAIR_ORDERS },
        accounts: base.accounts,
      },
    });
  }

  const pushing = await pricePushingOf(ctx.db, sellerId, bidderId);
  if (pushing.wins === 0 && pushing.pushes >= config.AUCTION_SHILL_PUSH_BIDS) {
    findings.push({
      detector: SHILL_DETECTORS.pattern,
      subjectKey: base.subjectKey,
      subjectUserId: base.subjectUserId,
      score: Math.min(95, 60 + 5 * (pushing.pushes - config.AUCTION_SHILL_PUSH_BIDS)),
      reason: `${pushing.pushes} bids on ${pushing.auctions} of one seller’s auctions only raised the leader to their maximum, never winning one`,
      evidence: {
        window: base.window,
        counts: { price_pushing_bids: pushing.pushes, auctions: pushing.auctions, wins: pushing.wins },
        thresholds: { push_bids: config.AUCTION_SHILL_PUSH_BIDS },
        accounts: base.accounts,
      },
    });
  }
  const outcomes: OpenOutcome[] = [];
  for (const finding of findings) outcomes.push(await openStreamCase(ctx, finding));
  return outcomes;
}
