import { type Insertable, type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { AuctionsTable, BidsTable, DB } from '../../../db/schema';
import { type Cursor, afterCursor } from '../../../db/keyset';
import { toAmount } from '../../money/currencies';
import { type OrderStatus, orderColumn } from '../orders';
import type { AuctionTerms, BiddingState } from './proxy-bidding';

export type Auction = Selectable<AuctionsTable>;
export type Bid = Selectable<BidsTable>;

export function insertAuction(trx: Transaction<DB>, values: Insertable<AuctionsTable>): Promise<Auction> {
  return trx.insertInto('auctions').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findAuction(db: Kysely<DB> | Transaction<DB>, id: string): Promise<Auction | undefined> {
  return db.selectFrom('auctions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The row every bid and the closing job lock: bids on one auction run one at a time. */
export function lockAuction(trx: Transaction<DB>, id: string): Promise<Auction | undefined> {
  return trx.selectFrom('auctions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function updateAuction(trx: Transaction<DB>, id: string, values: Partial<Omit<Insertable<AuctionsTable>, 'id'>>): Promise<Auction> {
  return trx.updateTable('auctions').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export const termsOf = (a: Auction): AuctionTerms => ({
  currency: a.currency,
  startPrice: toAmount(a.start_price),
  reservePrice: a.reserve_price === null ? null : toAmount(a.reserve_price),
});

export const biddingStateOf = (a: Auction): BiddingState => ({
  leaderId: a.leader_id,
  leaderMax: a.leader_max === null ? null : toAmount(a.leader_max),
  price: a.price === null ? null : toAmount(a.price),
});

export function insertBid(trx: Transaction<DB>, values: Insertable<BidsTable>): Promise<Bid> {
  return trx.insertInto('bids').values(values).returningAll().executeTakeFirstOrThrow();
}

/** The bidder's number in this auction, if they bid before. */
export async function bidderNoOf(trx: Transaction<DB>, auctionId: string, bidderId: string): Promise<number | undefined> {
  const row = await trx.selectFrom('bids').select('bidder_no').where('auction_id', '=', auctionId).where('bidder_id', '=', bidderId).limit(1).executeTakeFirst();
  return row?.bidder_no;
}

/** The bidder numbers of these users in the auction (for labels). */
export async function bidderNumbers(db: Kysely<DB> | Transaction<DB>, auctionId: string, userIds: readonly string[]): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.selectFrom('bids').select(['bidder_id', 'bidder_no']).distinct().where('auction_id', '=', auctionId).where('bidder_id', 'in', userIds).execute();
  return new Map(rows.map((r) => [r.bidder_id, r.bidder_no]));
}

/** Bids newest first, before `beforeSeq` when given. */
export function listBids(db: Kysely<DB>, auctionId: string, limit: number, beforeSeq?: number): Promise<Bid[]> {
  let q = db.selectFrom('bids').selectAll().where('auction_id', '=', auctionId);
  if (beforeSeq !== undefined) q = q.where('seq', '<', beforeSeq);
  return q.orderBy('seq', 'desc').limit(limit).execute();
}

/** Every accepted bid in order (the replay a second chance needs). */
export function allBids(db: Kysely<DB> | Transaction<DB>, auctionId: string): Promise<Bid[]> {
  return db.selectFrom('bids').selectAll().where('auction_id', '=', auctionId).orderBy('seq').execute();
}

/** The distinct bidders of an auction. */
export async function biddersOf(db: Kysely<DB> | Transaction<DB>, auctionId: string): Promise<string[]> {
  const rows = await db.selectFrom('bids').select('bidder_id').distinct().where('auction_id', '=', auctionId).execute();
  return rows.map((r) => r.bidder_id);
}

/** The auctions a user bid on, by their latest bid, newest first, with their highest maximum. */
export function listAuctionsBidOnBy(db: Kysely<DB>, userId: string, limit: number, cursor?: Cursor) {
  let q = db
    .selectFrom((eb) =>
      eb
        .selectFrom('bids')
        .select(['auction_id as id', sql<Date>`max(created_at)`.as('created_at'), sql<string>`max(max_amount)`.as('my_max'), sql<number>`count(*)::int`.as('my_bids')])
        .where('bidder_id', '=', userId)
        .groupBy('auction_id')
        .as('mine'),
    )
    .innerJoin('auctions as a', 'a.id', 'mine.id')
    .selectAll('a')
    .select(['mine.created_at as last_bid_at', 'mine.my_max', 'mine.my_bids']);
  if (cursor) q = q.where(afterCursor('mine.created_at', 'mine.id', cursor));
  return q
    .orderBy('mine.created_at', 'desc')
    .orderBy('mine.id', 'desc')
    .limit(limit + 1)
    .execute();
}

export function dueAuctionIds(db: Kysely<DB>, now: Date, limit: number): Promise<string[]> {
  return db
    .selectFrom('auctions')
    .select('id')
    .where('status', '=', 'live')
    .where('ends_at', '<=', now)
    .orderBy('ends_at')
    .limit(limit)
    .execute()
    .then((rows) => rows.map((r) => r.id));
}

/** Auctions whose winner's order has moved on from `unpaid` (paid, or closed unpaid): the ones to follow up. */
export function awaitingPayment(db: Kysely<DB>, unpaid: readonly OrderStatus[], limit: number): Promise<Pick<Auction, 'id'>[]> {
  return db
    .selectFrom('auctions')
    .select('id')
    .where('status', '=', 'awaiting_payment')
    .where(orderColumn('status', 'auctions.winner_order_id'), 'not in', unpaid)
    .orderBy('updated_at')
    .limit(limit)
    .execute();
}

/**
 * A bidder's bids on the seller's auctions that did not take the lead but pushed the price up to
 * the leader's maximum (within one increment of it), and how many of the seller's auctions they won.
 */
export async function pricePushingOf(db: Kysely<DB>, sellerId: string, bidderId: string): Promise<{ pushes: number; auctions: number; wins: number }> {
  const row = await db
    .selectFrom('bids as b')
    .innerJoin('auctions as a', 'a.id', 'b.auction_id')
    .select([sql<number>`count(*)::int`.as('pushes'), sql<number>`count(DISTINCT b.auction_id)::int`.as('auctions')])
    .where('a.seller_id', '=', sellerId)
    .where('b.bidder_id', '=', bidderId)
    .where('b.leader_after', '<>', bidderId)
    .whereRef('b.price_after', '=', 'b.leader_max_after')
    .executeTakeFirstOrThrow();
  const won = await db
    .selectFrom('auctions')
    .select(sql<number>`count(*)::int`.as('wins'))
    .where('seller_id', '=', sellerId)
    .where('winner_id', '=', bidderId)
    .executeTakeFirstOrThrow();
  return { pushes: row.pushes, auctions: row.auctions, wins: won.wins };
}

/** The bidder's highest maximum in the auction, if they bid. */
export async function maxBidOf(db: Kysely<DB> | Transaction<DB>, auctionId: string, bidderId: string): Promise<number | null> {
  const row = await db
    .selectFrom('bids')
    .select(sql<string | null>`max(max_amount)`.as('max'))
    .where('auction_id', '=', auctionId)
    .where('bidder_id', '=', bidderId)
    .executeTakeFirst();
  return row?.max ? toAmount(row.max) : null;
}

/** Live auctions the user leads, or sells with bids on them: what deleting their account would break. */
export function liveAuctionsInvolving(db: Kysely<DB> | Transaction<DB>, userId: string): Promise<Pick<Auction, 'id' | 'seller_id'>[]> {
  return db
    .selectFrom('auctions')
    .select(['id', 'seller_id'])
    .where('status', '=', 'live')
    .where((eb) => eb.or([eb('leader_id', '=', userId), eb.and([eb('seller_id', '=', userId), eb('bid_count', '>', 0)])]))
    .orderBy('id')
    .execute();
}
