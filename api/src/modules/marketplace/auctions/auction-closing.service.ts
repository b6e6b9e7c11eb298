import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { AuctionOutcome, DB } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { DomainError } from '../../../errors';
import { toAmount } from '../../money/currencies';
import { appendEvents } from '../../platform/outbox';
import { publishToTopic } from '../../platform/realtime';
import { findListing, setSaleFormat } from '../listings';
import { notify } from '../notifications';
import { FUNDED_STATUSES, type OrderStatus, findOrder, placeOrder } from '../orders';
import { type Auction, allBids, awaitingPayment, biddersOf, biddingStateOf, dueAuctionIds, lockAuction, termsOf, updateAuction } from './auctions.repository';
import { auctionTopic } from './auction-topic';
import { replayBids, reserveMet } from './proxy-bidding';

// Ending auctions, a worker job (runAuctionJobs). A due auction whose reserve is met opens an order
// for its leader at the final price, reserving the listing, payable within AUCTION_PAYMENT_HOURS
// (the order's own unpaid timer expires it otherwise). A winner who does not pay loses it: the
// runner-up — the leader had the winner never bid, at that replay's price — gets a second-chance
// order on the same terms, once; if the reserve is out of their reach, or they do not pay either,
// the auction ends unsold. Unsold (no bids, reserve not met, unpaid, or the listing no longer
// available to the winner) puts the listing back on the market at its fixed price.

const BATCH = 100;
/** Orders still waiting for the winner's payment. */
const UNPAID: readonly OrderStatus[] = ['initiated', 'pending_payment'];

type Step = (trx: Transaction<DB>, ctx: AppContext, auction: Auction, now: Date) => Promise<void>;

/**
 * Runs `step` on the locked auction if `due` still holds; when it fails because the order could not be
 * placed (a block, the listing gone, the seller suspended), that transaction rolls back whole and the
 * auction ends unsold with `fallback`.
 */
async function settle(ctx: AppContext, auctionId: string, due: (a: Auction, now: Date) => boolean, step: Step, fallback: AuctionOutcome): Promise<boolean> {
  const now = ctx.clock.now();
  const run = (s: Step) =>
    inTransaction(ctx.db, async (trx) => {
      const auction = await lockAuction(trx, auctionId);
      if (!auction || !due(auction, now)) return false;
      await s(trx, ctx, auction, now);
      return true;
    });
  try {
    return await run(step);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    ctx.logger.info({ auction_id: auctionId, code: err.code }, 'auction order refused: ending unsold');
    return run((trx, c, a, n) => endUnsold(trx, c, a, fallback, n));
  }
}

const payBy = (ctx: AppContext, now: Date) => new Date(now.getTime() + ctx.config.AUCTION_PAYMENT_HOURS * 3_600_000).toISOString();

async function titleOf(trx: Transaction<DB>, a: Auction): Promise<string> {
  return (await findListing(trx, a.listing_id))?.title ?? '';
}

/** At the close (`sold`: the winner's order is open) and, when no one paid, again as `unpaid`. */
function endedEvent(a: Auction, outcome: AuctionOutcome, now: Date, extra: Record<string, unknown> = {}) {
  return {
    type: 'auction.ended',
    aggregateType: 'auction' as const,
    aggregateId: a.id,
    occurredAt: now,
    payload: {
      auction_id: a.id,
      listing_id: a.listing_id,
      seller_id: a.seller_id,
      outcome,
      price: a.price === null ? null : toAmount(a.price),
      currency: a.currency,
      bid_count: a.bid_count,
      winner_id: null,
      order_id: null,
      ...extra,
    },
  };
}

/** No sale: the listing returns to the market at its fixed price; the seller and every bidder are told. */
async function endUnsold(trx: Transaction<DB>, ctx: AppContext, a: Auction, outcome: AuctionOutcome, now: Date): Promise<void> {
  const ended = await updateAuction(trx, a.id, { status: 'unsold', outcome, updated_at: now });
  await setSaleFormat(trx, a.listing_id, 'fixed', now);
  const title = await titleOf(trx, a);
  const price = a.price === null ? null : { amount: toAmount(a.price), currency: a.currency };
  await notify(trx, a.seller_id, 'auction.ended', { auction_id: a.id, listing_id: a.listing_id, title, outcome, price }, now);
  // After the first close, the bidders already heard they lost.
  if (a.status === 'live')
    for (const bidder of await biddersOf(trx, a.id)) await notify(trx, bidder, 'auction.lost', { auction_id: a.id, listing_id: a.listing_id, title, outcome, price }, now);
  await appendEvents(trx, [endedEvent(ended, outcome, now)]);
  await publishToTopic(trx, auctionTopic(a.id), { type: 'auction.ended', data: { auction_id: a.id, status: 'unsold', outcome, price, bid_count: a.bid_count } });
}

/** Closes a due auction: an order for the winner when the reserve is met, else unsold. */
const close: Step = async (trx, ctx, a, now) => {
  const state = biddingStateOf(a);
  if (state.leaderId === null || !reserveMet(termsOf(a), state)) return endUnsold(trx, ctx, a, state.leaderId === null ? 'no_bids' : 'reserve_not_met', now);
  const winnerId = state.leaderId;
  const order = await placeOrder(
    trx,
    ctx,
    { buyerId: winnerId, listingId: a.listing_id, agreedAmount: state.price!, unpaidTtlMinutes: ctx.config.AUCTION_PAYMENT_HOURS * 60 },
    now,
  );
  const ended = await updateAuction(trx, a.id, { status: 'awaiting_payment', winner_id: winnerId, winner_order_id: order.id, updated_at: now });
  const title = await titleOf(trx, a);
  const price = { amount: state.price!, currency: a.currency };
  const common = { auction_id: a.id, listing_id: a.listing_id, title, price };
  await notify(trx, winnerId, 'auction.won', { ...common, order_id: order.id, pay_by: payBy(ctx, now) }, now);
  for (const bidder of await biddersOf(trx, a.id)) if (bidder !== winnerId) await notify(trx, bidder, 'auction.lost', { ...common, outcome: 'sold' }, now);
  await notify(trx, a.seller_id, 'auction.ended', { ...common, outcome: 'sold', order_id: order.id }, now);
  await appendEvents(trx, [endedEvent(ended, 'sold', now, { winner_id: winnerId, order_id: order.id })]);
  await publishToTopic(trx, auctionTopic(a.id), { type: 'auction.ended', data: { auction_id: a.id, status: 'awaiting_payment', outcome: 'sold', price, bid_count: a.bid_count } });
};

/** The winner's order was paid (sold), or closed unpaid (second chance, once, else unsold); still open: nothing yet. */
const followUp: Step = async (trx, ctx, a, now) => {
  const order = (await findOrder(trx, a.winner_order_id!))!;
  const status = order.status as OrderStatus;
  if (UNPAID.includes(status)) return;
  if (FUNDED_STATUSES.includes(status)) {
    // Paid: the order holds the listing; if it is cancelled later the listing returns to the market at its fixed price.
    await updateAuction(trx, a.id, { status: 'sold', outcome: 'sold', updated_at: now });
    await setSaleFormat(trx, a.listing_id, 'fixed', now);
    await appendEvents(trx, [
      {
        type: 'auction.sold',
        aggregateType: 'auction',
        aggregateId: a.id,
        occurredAt: now,
        payload: {
          auction_id: a.id,
          listing_id: a.listing_id,
          seller_id: a.seller_id,
          winner_id: a.winner_id!,
          order_id: order.id,
          price: toAmount(order.amount),
          currency: a.currency,
          second_chance: a.second_chance,
        },
      },
    ]);
    return;
  }
  if (a.second_chance) return endUnsold(trx, ctx, a, 'unpaid', now);
  // The auction as if the winner had never bid: its leader is the runner-up, at that price.
  const others = (await allBids(trx, a.id)).filter((b) => b.bidder_id !== a.winner_id).map((b) => ({ bidderId: b.bidder_id, max: toAmount(b.max_amount) }));
  const terms = termsOf(a);
  const runnerUp = replayBids(terms, others);
  if (runnerUp.leaderId === null || !reserveMet(terms, runnerUp)) return endUnsold(trx, ctx, a, 'unpaid', now);
  const offered = await placeOrder(
    trx,
    ctx,
    { buyerId: runnerUp.leaderId, listingId: a.listing_id, agreedAmount: runnerUp.price!, unpaidTtlMinutes: ctx.config.AUCTION_PAYMENT_HOURS * 60 },
    now,
  );
  await updateAuction(trx, a.id, { winner_id: runnerUp.leaderId, winner_order_id: offered.id, second_chance: true, updated_at: now });
  const price = { amount: runnerUp.price!, currency: a.currency };
  await notify(
    trx,
    runnerUp.leaderId,
    'auction.second_chance',
    { auction_id: a.id, listing_id: a.listing_id, title: await titleOf(trx, a), price, order_id: offered.id, pay_by: payBy(ctx, now) },
    now,
  );
  await appendEvents(trx, [
    {
      type: 'auction.second_chance',
      aggregateType: 'auction',
      aggregateId: a.id,
      occurredAt: now,
      payload: {
        auction_id: a.id,
        listing_id: a.listing_id,
        seller_id: a.seller_id,
        previous_winner_id: a.winner_id!,
        buyer_id: runnerUp.leaderId,
        order_id: offered.id,
        price: runnerUp.price!,
        currency: a.currency,
      },
    },
  ]);
};

/** The worker's auction job: closes due auctions, then follows up the winners' orders. Returns how many auctions moved. */
export async function runAuctionJobs(ctx: AppContext): Promise<number> {
  let moved = 0;
  for (const id of await dueAuctionIds(ctx.db, ctx.clock.now(), BATCH)) {
    if (await settle(ctx, id, (a, now) => a.status === 'live' && a.ends_at <= now, close, 'unavailable')) moved++;
  }
  for (const { id } of await awaitingPayment(ctx.db, UNPAID, BATCH)) {
    if (await settle(ctx, id, (a) => a.status === 'awaiting_payment', followUp, 'unpaid')) moved++;
  }
  return moved;
}
