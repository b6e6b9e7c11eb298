import { page, pageResponse } from '../../../http/pagination';
import { CREATES_CONTENT, route } from '../../../http/route';
import { notFound } from '../../../errors';
import { ListingIdParams, findListing, findVisibleListing } from '../listings';
import { toOrderResponse } from '../orders';
import { EMAIL_UNVERIFIED_RESPONSE, assertEmailVerified } from '../users';
import { type Offer, findOffer, listOffers, offerHistory, toOfferEventResponse, toOfferResponse } from './offers.repository';
import { AcceptOfferResponse, ListingOffersQuery, MyOffersQuery, OfferAmountBody, OfferDetailResponse, OfferIdParams, OfferResponse } from './offers.schemas';
import { type AcceptedOffer, acceptOffer, counterOffer, declineOffer, makeOffer, partyOf, withdrawOffer } from './offers.service';

const offerReply = (offer: Offer) => ({ status: 200, body: toOfferResponse(offer) });

const answerResponses = {
  200: { description: 'The updated offer', schema: OfferResponse },
  403: { description: 'The other party may not do this (only the buyer withdraws)' },
  404: { description: 'No such offer (or not yours)' },
  409: { description: 'invalid_transition (the offer is decided), not_your_turn, offer_expired or listing_unavailable' },
};

export const offersRoutes = [
  route({
    method: 'post',
    path: '/v1/listings/:id/offers',
    operationId: 'makeOffer',
    tag: 'offers',
    access: 'user',
    idempotent: true,
    rateLimit: CREATES_CONTENT,
    summary: 'Offer a price below a listing’s (buyer); the seller may accept, decline or counter',
    params: ListingIdParams,
    body: OfferAmountBody,
    responses: {
      201: { description: 'Offer made', schema: OfferResponse },
      403: { description: `${EMAIL_UNVERIFIED_RESPONSE.description}; or blocked: you or the seller blocked the other` },
      404: { description: 'No such listing' },
      409: { description: 'listing_unavailable, offer_already_open (one open offer per listing) or too_many_open_offers' },
      422: { description: 'own_listing, currency_mismatch, offer_too_low (below the floor) or offer_not_below_price (buy it instead)' },
    },
    handler: async ({ ctx, user, params, body, storeReply }) => {
      assertEmailVerified(ctx.config, user);
      const created = (offer: Offer) => ({ status: 201, body: toOfferResponse(offer) });
      return created(await makeOffer(ctx, user.id, params.id, body.amount, storeReply(created)));
    },
  }),
  route({
    method: 'get',
    path: '/v1/listings/:id/offers',
    operationId: 'listListingOffers',
    tag: 'offers',
    access: 'user',
    summary: 'Offers on a listing, newest first: every buyer’s for its seller, your own for a buyer',
    params: ListingIdParams,
    query: ListingOffersQuery,
    responses: { 200: { description: 'A page of offers', schema: pageResponse(OfferResponse) }, 404: { description: 'No such listing' } },
    handler: async ({ ctx, user, params, query }) => {
      const listing = await findListing(ctx.db, params.id);
      const isSeller = listing?.seller_id === user.id;
      if (!listing || (!isSeller && !(await findVisibleListing(ctx.db, params.id, user.id)))) throw notFound('Listing');
      const rows = await listOffers(ctx.db, { userId: user.id, role: isSeller ? 'seller' : 'buyer', listingId: listing.id }, query);
      return { status: 200, body: page(rows, query.limit, toOfferResponse) };
    },
  }),
  route({
    method: 'get',
    path: '/v1/me/offers',
    operationId: 'listMyOffers',
    tag: 'offers',
    access: 'user',
    summary: 'Offers I made (role=buyer) or received on my listings (role=seller), newest first',
    query: MyOffersQuery,
    responses: { 200: { description: 'A page of offers', schema: pageResponse(OfferResponse) } },
    handler: async ({ ctx, user, query }) => ({ status: 200, body: page(await listOffers(ctx.db, { userId: user.id, role: query.role }, query), query.limit, toOfferResponse) }),
  }),
  route({
    method: 'get',
    path: '/v1/offers/:id',
    operationId: 'getOffer',
    tag: 'offers',
    access: 'user',
    summary: 'One of my offers with its history',
    params: OfferIdParams,
    responses: { 200: { description: 'The offer', schema: OfferDetailResponse }, 404: { description: 'No such offer (or not yours)' } },
    handler: async ({ ctx, user, params }) => {
      const { offer } = partyOf(await findOffer(ctx.db, params.id), user.id);
      return { status: 200, body: { ...toOfferResponse(offer), history: (await offerHistory(ctx.db, offer.id)).map(toOfferEventResponse) } };
    },
  }),
  route({
    method: 'post',
    path: '/v1/offers/:id/counter',
    operationId: 'counterOffer',
    tag: 'offers',
    access: 'user',
    idempotent: true,
    rateLimit: CREATES_CONTENT,
    summary: 'Propose another amount (the awaited party); the other party’s turn follows',
    params: OfferIdParams,
    body: OfferAmountBody,
    responses: { ...answerResponses, 422: { description: 'currency_mismatch, offer_too_low, offer_not_below_price or counter_not_between (accept instead)' } },
    handler: async ({ ctx, user, params, body, storeReply }) => offerReply(await counterOffer(ctx, user.id, params.id, body.amount, storeReply(offerReply))),
  }),
  route({
    method: 'post',
    path: '/v1/offers/:id/accept',
    operationId: 'acceptOffer',
    tag: 'offers',
    access: 'user',
    idempotent: true,
    summary: 'Accept the amount on the table (the awaited party): opens the order at that price, reserved for the buyer',
    params: OfferIdParams,
    responses: {
      ...answerResponses,
      200: { description: 'The accepted offer and its order (awaiting the buyer’s payment)', schema: AcceptOfferResponse },
      403: { description: 'Blocked: you or the other party blocked the other' },
    },
    handler: async ({ ctx, user, params, storeReply }) => {
      const accepted = (a: AcceptedOffer) => ({ status: 200, body: { offer: toOfferResponse(a.offer), order: toOrderResponse(a.order) } });
      return accepted(await acceptOffer(ctx, user.id, params.id, storeReply(accepted)));
    },
  }),
  route({
    method: 'post',
    path: '/v1/offers/:id/decline',
    operationId: 'declineOffer',
    tag: 'offers',
    access: 'user',
    idempotent: true,
    summary: 'Decline the amount on the table (the awaited party); the negotiation ends',
    params: OfferIdParams,
    responses: answerResponses,
    handler: async ({ ctx, user, params, storeReply }) => offerReply(await declineOffer(ctx, user.id, params.id, storeReply(offerReply))),
  }),
  route({
    method: 'post',
    path: '/v1/offers/:id/withdraw',
    operationId: 'withdrawOffer',
    tag: 'offers',
    access: 'user',
    idempotent: true,
    summary: 'Withdraw an open offer (buyer, whoever’s turn it is)',
    params: OfferIdParams,
    responses: answerResponses,
    handler: async ({ ctx, user, params, storeReply }) => offerReply(await withdrawOffer(ctx, user.id, params.id, storeReply(offerReply))),
  }),
];
