import type { z } from 'zod';
import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import { DomainError, conflict, invalid, notFound } from '../../../errors';
import { type DomainEvent, appendEvents } from '../../platform/outbox';
import { publishToTopic } from '../../platform/realtime';
import { assertNotBlocked } from '../blocks';
import { findVisibleListing } from '../listings';
import { notify } from '../notifications';
import { type Auction, biddingStateOf, bidderNoOf, insertBid, lockAuction, termsOf, updateAuction } from './auctions.repository';
import type { PlaceBidBody } from './auctions.schemas';
import { auctionTopic } from './auction-topic';
import { bidderLabel } from './auction-view';
import { placeProxyBid } from './proxy-bidding';
import { detectShillBidding } from './shill-detection';

export interface PlacedBid {
  auction: Auction;
  leading: boolean;
}

/**
 * A bid: the bidder's maximum, applied by the proxy rules under the auction's row lock, so bids on
 * one auction are serialised and the history (numbered without gaps) replays to the stored state. A
 * bid in the last AUCTION_SNIPE_WINDOW_SECONDS pushes the end back by AUCTION_SNIPE_EXTENSION_SECONDS.
 * Watchers of the auction's topic get the new price at commit; a displaced leader is notified.
 * Shill checks run after the commit and never fail the bid.
 */
export async function placeBid(ctx: AppContext, bidderId: string, auctionId: string, body: z.infer<typeof PlaceBidBody>): Promise<PlacedBid> {
  const now = ctx.clock.now();
  const placed = await inTransaction(ctx.db, async (trx) => {
    const auction = await lockAuction(trx, auctionId);
    if (!auction) throw notFound('Auction');
    if (auction.seller_id === bidderId) throw invalid('own_auction', 'You cannot bid on your own auction', 'max_amount');
    await assertNotBlocked(trx, bidderId, auction.seller_id);
    const listing = await findVisibleListing(trx, auction.listing_id, bidderId);
    if (!listing) throw notFound('Auction');
    if (now < auction.starts_at) throw conflict('auction_not_started', `Bidding opens at ${auction.starts_at.toISOString()}`);
    if (auction.status !== 'live' || now >= auction.ends_at) throw conflict('auction_ended', 'This auction has ended');
    if (body.max_amount.currency !== auction.currency) throw invalid('currency_mismatch', `This auction is in ${auction.currency}`, 'max_amount.currency');

    const result = placeProxyBid(termsOf(auction), biddingStateOf(auction), bidderId, body.max_amount.amount);
    if (!result.ok) {
      const message = `must be at least ${result.minimum} (${auction.currency} minor units)`;
      throw new DomainError('invalid', 'bid_too_low', `The minimum bid is ${result.minimum} ${auction.currency} minor units`, [{ field: 'max_amount.amount', message }]);
    }
    const { state } = result;
    const seq = auction.bid_count + 1;
    const knownNo = await bidderNoOf(trx, auctionId, bidderId);
    const bidderNo = knownNo ?? auction.bidder_count + 1;
    const extend = auction.ends_at.getTime() - now.getTime() <= ctx.config.AUCTION_SNIPE_WINDOW_SECONDS * 1000;
    const endsAt = extend ? new Date(auction.ends_at.getTime() + ctx.config.AUCTION_SNIPE_EXTENSION_SECONDS * 1000) : auction.ends_at;
    await insertBid(trx, {
      auction_id: auctionId,
      seq,
      bidder_id: bidderId,
      bidder_no: bidderNo,
      max_amount: body.max_amount.amount,
      price_after: state.price!,
      leader_after: state.leaderId!,
      leader_max_after: state.leaderMax!,
      created_at: now,
    });
    const updated = await updateAuction(trx, auctionId, {
      price: state.price,
      leader_id: state.leaderId,
      leader_max: state.leaderMax,
      bid_count: seq,
      bidder_count: knownNo === undefined ? auction.bidder_count + 1 : auction.bidder_count,
      ends_at: endsAt,
      updated_at: now,
    });
    const leaderNo = state.leaderId === bidderId ? bidderNo : (await bidderNoOf(trx, auctionId, state.leaderId!))!;
    const price = { amount: state.price!, currency: auction.currency };
    const common = { auction_id: auctionId, listing_id: auction.listing_id, seller_id: auction.seller_id };
    const events: DomainEvent[] = [
      {
        type: 'auction.bid_placed',
        aggregateType: 'auction',
        aggregateId: auctionId,
        occurredAt: now,
        payload: {
          ...common,
          bidder_id: bidderId,
          seq,
          max_amount: body.max_amount.amount,
          price: state.price!,
          currency: auction.currency,
          leading: result.leading,
          leader_changed: result.outbid !== null,
        },
      },
    ];
    if (extend) {
      events.push({
        type: 'auction.extended',
        aggregateType: 'auction',
        aggregateId: auctionId,
        occurredAt: now,
        payload: { ...common, seq, previous_ends_at: auction.ends_at.toISOString(), ends_at: endsAt.toISOString() },
      });
    }
    await appendEvents(trx, events);
    await publishToTopic(trx, auctionTopic(auctionId), {
      type: 'auction.bid',
      data: { auction_id: auctionId, price, bid_count: seq, leader_label: bidderLabel(leaderNo), ends_at: endsAt.toISOString(), extended: extend },
    });
    if (result.outbid) {
      await notify(
        trx,
        result.outbid,
        'auction.outbid',
        { auction_id: auctionId, listing_id: auction.listing_id, title: listing.title, price, ends_at: endsAt.toISOString() },
        now,
      );
    }
    return { auction: updated, leading: result.leading };
  });
  await detectShillBidding(ctx, placed.auction, bidderId).catch((err) => ctx.logger.warn({ err, auction_id: auctionId }, 'shill-bidding check failed'));
  return placed;
}
