import { page, pageResponse } from '../../../http/pagination';
import { CREATES_CONTENT, route } from '../../../http/route';
import { ListingIdParams } from '../listings';
import { auctionView } from './auction-view';
import {
  AuctionIdParams,
  AuctionResponse,
  BidResponse,
  CreateAuctionBody,
  ListBidsQuery,
  ListMyBidsQuery,
  MyBidResponse,
  PlaceBidBody,
  PlaceBidResponse,
} from './auctions.schemas';
import { bidHistory, createAuction, getAuction, myBids } from './auctions.service';
import { placeBid } from './bidding.service';

export const auctionsRoutes = [
  route({
    method: 'post',
    path: '/v1/listings/:id/auction',
    operationId: 'createAuction',
    tag: 'auctions',
    access: 'user',
    rateLimit: CREATES_CONTENT,
    summary:
      'Sell your active listing by auction, in its currency: a start price, an optional hidden reserve, a duration (1–240 h) or an end, an optional later start. From then on the listing cannot be bought directly or edited until the auction ends; unsold, it returns to the market at its fixed price.',
    params: ListingIdParams,
    body: CreateAuctionBody,
    responses: {
      201: { description: 'The auction, as its seller sees it (with the reserve)', schema: AuctionResponse },
      404: { description: 'No such listing of yours' },
      409: { description: 'listing_not_active (a draft is published first; a reserved one is in an order) or auction_exists' },
      422: { description: 'currency_mismatch (not the listing’s currency) or invalid_schedule' },
    },
    handler: async ({ ctx, user, params, body }) => {
      const auction = await createAuction(ctx, user.id, params.id, body);
      return { status: 201, body: await auctionView(ctx.db, auction, user.id) };
    },
  }),
  route({
    method: 'get',
    path: '/v1/auctions/:id',
    operationId: 'getAuction',
    tag: 'auctions',
    access: 'public',
    summary: 'An auction: current price, bid count, the leader’s pseudonym, the end, whether the reserve is met (its amount for the seller alone)',
    params: AuctionIdParams,
    responses: { 200: { description: 'The auction as you see it', schema: AuctionResponse }, 404: { description: 'No such auction (or its listing is hidden from you)' } },
    handler: async ({ ctx, params, viewer }) => ({ status: 200, body: await getAuction(ctx, params.id, viewer?.id ?? null) }),
  }),
  route({
    method: 'get',
    path: '/v1/auctions/:id/bids',
    operationId: 'listAuctionBids',
    tag: 'auctions',
    access: 'public',
    summary: 'The auction’s accepted bids, newest first: bidder pseudonyms and the price after each bid (maximums stay secret)',
    params: AuctionIdParams,
    query: ListBidsQuery,
    responses: { 200: { description: 'A page of bids', schema: pageResponse(BidResponse) }, 404: { description: 'No such auction' } },
    handler: async ({ ctx, params, query, viewer }) => ({ status: 200, body: await bidHistory(ctx, params.id, viewer?.id ?? null, query.limit, query.cursor) }),
  }),
  route({
    method: 'post',
    path: '/v1/auctions/:id/bids',
    operationId: 'placeBid',
    tag: 'auctions',
    access: 'user',
    summary:
      'Bid your maximum: the platform bids for you one increment at a time up to it (the price is the second-highest maximum plus one increment). A leader may raise their maximum. A bid in the last minutes extends the end.',
    params: AuctionIdParams,
    body: PlaceBidBody,
    responses: {
      201: { description: 'Bid accepted', schema: PlaceBidResponse },
      403: { description: 'blocked: you or the seller blocked the other' },
      404: { description: 'No such auction' },
      409: { description: 'auction_ended or auction_not_started' },
      422: { description: 'bid_too_low (below the minimum bid, named in the problem), own_auction or currency_mismatch' },
    },
    handler: async ({ ctx, user, params, body }) => {
      const placed = await placeBid(ctx, user.id, params.id, body);
      return { status: 201, body: { auction: await auctionView(ctx.db, placed.auction, user.id), leading: placed.leading } };
    },
  }),
  route({
    method: 'get',
    path: '/v1/me/bids',
    operationId: 'listMyBids',
    tag: 'auctions',
    access: 'user',
    summary: 'The auctions you bid on, by your latest bid, newest first',
    query: ListMyBidsQuery,
    responses: { 200: { description: 'A page of auctions with your bids', schema: pageResponse(MyBidResponse) } },
    handler: async ({ ctx, user, query }) => ({
      status: 200,
      body: page(await myBids(ctx, user.id, query.limit, query.cursor), query.limit, (r) => ({ auction: r.auction, my_bids: r.my_bids, last_bid_at: r.created_at.toISOString() })),
    }),
  }),
];
