import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { BeforeCommit } from '../../../db/before-commit';
import type { DB } from '../../../db/schema';
import { inTransaction, isUniqueViolation } from '../../../db/transaction';
import { conflict, forbidden, invalid, notFound } from '../../../errors';
import { type Money, toAmount } from '../../money/currencies';
import { assertNotBlocked } from '../blocks';
import { type Listing, assertFixedPrice, findListing, findVisibleListing, lockListing } from '../listings';
import { type Order, placeOrder } from '../orders';
import { lockUsers } from '../users';
import { type OfferCommand, type OfferParty, checkAmount, transitionOffer } from './offer';
import { type OfferChange, recordOfferChanges } from './offer-effects';
import { type Offer, claimDueOffers, countPendingOffersOf, findOffer, insertOffer, lockOffer, lockPendingOffersOf, lockPendingOffersOn, updateOffer } from './offers.repository';

const HOUR_MS = 3_600_000;
const expiresAt = (ctx: AppContext, now: Date) => new Date(now.getTime() + ctx.config.OFFER_TTL_HOURS * HOUR_MS);

/** The caller's side of an offer; a stranger learns nothing, not even that it exists. */
export function partyOf(offer: Offer | undefined, userId: string): { offer: Offer; party: OfferParty } {
  if (offer?.buyer_id === userId) return { offer, party: 'buyer' };
  if (offer?.seller_id === userId) return { offer, party: 'seller' };
  throw notFound('Offer');
}

/** An amount proposed on `listing`: its currency, above the floor, below the price (and, for a counter, towards the other party). */
function assertAmount(ctx: AppContext, listing: Listing, amount: Money, counter?: { by: OfferParty; current: number }): void {
  if (amount.currency !== listing.currency) throw invalid('currency_mismatch', `Offers on this listing are in ${listing.currency}`, 'amount.currency');
  const verdict = checkAmount(amount.amount, toAmount(listing.price_amount), ctx.config.OFFER_FLOOR_PERCENT, counter);
  if (!verdict.ok) throw invalid(verdict.error, `The amount ${verdict.detail}`, 'amount.amount');
}

/**
 * A buyer's offer on an active fixed-price listing. The buyer's row lock serialises their offers, so
 * the open-offer limit holds under concurrency; one pending offer per listing (a second is a 409:
 * counter or withdraw the first).
 */
export async function makeOffer(ctx: AppContext, buyerId: string, listingId: string, amount: Money, beforeCommit?: BeforeCommit<Offer>): Promise<Offer> {
  return inTransaction(ctx.db, async (trx) => {
    const now = ctx.clock.now();
    await lockUsers(trx, [buyerId]);
    // Locked so an accept on the listing (which locks it first) supersedes this offer or precedes it.
    const locked = await lockListing(trx, listingId);
    const listing = locked && (locked.seller_id === buyerId ? locked : await findVisibleListing(trx, listingId, buyerId));
    if (!listing) throw notFound('Listing');
    if (listing.seller_id === buyerId) throw invalid('own_listing', 'You cannot make an offer on your own listing', 'listing_id');
    if (listing.status !== 'active') throw conflict('listing_unavailable', 'This listing is not available');
    assertFixedPrice(listing);
    assertAmount(ctx, listing, amount);
    await assertNotBlocked(trx, buyerId, listing.seller_id);
    if ((await countPendingOffersOf(trx, buyerId)) >= ctx.config.OFFERS_OPEN_PER_BUYER) {
      throw conflict('too_many_open_offers', `You have ${ctx.config.OFFERS_OPEN_PER_BUYER} open offers: withdraw one or wait for answers first`);
    }
    let offer: Offer;
    try {
      offer = await insertOffer(trx, {
        listing_id: listing.id,
        buyer_id: buyerId,
        seller_id: listing.seller_id,
        amount: amount.amount,
        currency: listing.currency,
        status: 'pending',
        awaiting: 'seller',
        order_id: null,
        expires_at: expiresAt(ctx, now),
        created_at: now,
        updated_at: now,
      });
    } catch (err) {
      if (isUniqueViolation(err, 'offers_one_pending_per_buyer')) throw conflict('offer_already_open', 'You already have an open offer on this listing: counter or withdraw it');
      throw err;
    }
    await recordOfferChanges(
      trx,
      ctx.keyring,
      [{ offer, actor: 'buyer', action: 'made', event: 'offer.made', amount: offer.amount, notify: { to: ['seller'], type: 'offer.received' } }],
      now,
    );
    await beforeCommit?.(trx, offer);
    return offer;
  });
}

/** The table's verdict as a domain error: wrong party 403, decided offer or wrong turn 409; a lapsed offer is 409 too. */
function assertCommand(offer: Offer, command: OfferCommand, party: OfferParty, now: Date) {
  const result = transitionOffer(offer, command, party);
  if (!result.ok) {
    if (result.error === 'actor_not_allowed') throw forbidden(`The ${party} cannot ${command} an offer`);
    if (result.error === 'not_your_turn') throw conflict('not_your_turn', `The offer awaits the ${offer.awaiting}'s answer`);
    throw conflict('invalid_transition', `Cannot ${command} an offer that is ${offer.status}`);
  }
  // The sweep may not have run yet: past its time an offer binds nobody.
  if (offer.expires_at.getTime() <= now.getTime()) throw conflict('offer_expired', 'This offer has expired');
  return result;
}

/** Who hears about a party's answer: the other party. */
const other = (party: OfferParty): OfferParty[] => [party === 'buyer' ? 'seller' : 'buyer'];

/** The awaited party proposes another amount; the turn and a fresh expiry pass to the other party. */
export async function counterOffer(ctx: AppContext, userId: string, offerId: string, amount: Money, beforeCommit?: BeforeCommit<Offer>): Promise<Offer> {
  return inTransaction(ctx.db, async (trx) => {
    const now = ctx.clock.now();
    const { offer, party } = partyOf(await lockOffer(trx, offerId), userId);
    const result = assertCommand(offer, 'counter', party, now);
    const listing = (await findListing(trx, offer.listing_id))!;
    if (listing.status !== 'active') throw conflict('listing_unavailable', 'This listing is not available');
    assertFixedPrice(listing);
    assertAmount(ctx, listing, amount, { by: party, current: toAmount(offer.amount) });
    await assertNotBlocked(trx, offer.buyer_id, offer.seller_id);
    const countered = await updateOffer(trx, offer.id, {
      amount: amount.amount,
      awaiting: result.awaiting,
      round: offer.round + 1,
      expires_at: expiresAt(ctx, now),
      updated_at: now,
    });
    await recordOfferChanges(
      trx,
      ctx.keyring,
      [{ offer: countered, actor: party, action: 'countered', event: result.event, amount: countered.amount, notify: { to: other(party), type: 'offer.countered' } }],
      now,
    );
    await beforeCommit?.(trx, countered);
    return countered;
  });
}

/** Ends a negotiation without a sale: the awaited party declines, or the buyer withdraws. */
async function endOffer(ctx: AppContext, userId: string, offerId: string, command: 'decline' | 'withdraw', beforeCommit?: BeforeCommit<Offer>): Promise<Offer> {
  return inTransaction(ctx.db, async (trx) => {
    const now = ctx.clock.now();
    const { offer, party } = partyOf(await lockOffer(trx, offerId), userId);
    const result = assertCommand(offer, command, party, now);
    const ended = await updateOffer(trx, offer.id, { status: result.to, awaiting: null, updated_at: now });
    const type = command === 'decline' ? 'offer.declined' : 'offer.withdrawn';
    await recordOfferChanges(trx, ctx.keyring, [{ offer: ended, actor: party, action: result.action, event: result.event, notify: { to: other(party), type } }], now);
    await beforeCommit?.(trx, ended);
    return ended;
  });
}

export const declineOffer = (ctx: AppContext, userId: string, offerId: string, beforeCommit?: BeforeCommit<Offer>) => endOffer(ctx, userId, offerId, 'decline', beforeCommit);
export const withdrawOffer = (ctx: AppContext, userId: string, offerId: string, beforeCommit?: BeforeCommit<Offer>) => endOffer(ctx, userId, offerId, 'withdraw', beforeCommit);

export interface AcceptedOffer {
  offer: Offer;
  order: Order;
}

/**
 * The awaited party accepts: in one transaction the listing is locked (every accept on it queues here,
 * so the other pending offers are superseded by the first), the order opens at the agreed amount,
 * reserved for the buyer, and the offer records it. A listing sold or reserved meanwhile is a 409.
 */
export async function acceptOffer(ctx: AppContext, userId: string, offerId: string, beforeCommit?: BeforeCommit<AcceptedOffer>): Promise<AcceptedOffer> {
  return inTransaction(ctx.db, async (trx) => {
    const now = ctx.clock.now();
    const seen = partyOf(await findOffer(trx, offerId), userId).offer;
    // The listing first, then the offer: the order every path that takes both locks them in.
    // An auction started meanwhile sells the item to its winner, not at an offer's price.
    const listing = await lockListing(trx, seen.listing_id);
    if (listing) assertFixedPrice(listing);
    const { offer, party } = partyOf(await lockOffer(trx, offerId), userId);
    const result = assertCommand(offer, 'accept', party, now);
    const order = await placeOrder(trx, ctx, { buyerId: offer.buyer_id, listingId: offer.listing_id, agreedAmount: toAmount(offer.amount) }, now);
    const accepted = await updateOffer(trx, offer.id, { status: result.to, awaiting: null, order_id: order.id, updated_at: now });
    const changes: OfferChange[] = [{ offer: accepted, actor: party, action: result.action, event: result.event, notify: { to: other(party), type: 'offer.accepted' } }];
    changes.push(...(await supersede(trx, await lockPendingOffersOn(trx, offer.listing_id, offer.id), now, 'sold_to_another_buyer')));
    await recordOfferChanges(trx, ctx.keyring, changes, now);
    const outcome = { offer: accepted, order };
    await beforeCommit?.(trx, outcome);
    return outcome;
  });
}

/** Ends pending offers the listing can no longer honour; their buyers hear it as a decline. */
async function supersede(trx: Transaction<DB>, offers: Offer[], now: Date, reason: string): Promise<OfferChange[]> {
  const changes: OfferChange[] = [];
  for (const offer of offers) {
    const result = transitionOffer(offer, 'supersede', 'system');
    if (!result.ok) continue;
    const ended = await updateOffer(trx, offer.id, { status: result.to, awaiting: null, updated_at: now });
    changes.push({ offer: ended, actor: 'system', action: result.action, event: result.event, notify: { to: ['buyer'], type: 'offer.declined', extra: { reason } } });
  }
  return changes;
}

/** Expires pending offers past their time, `batchSize` per transaction, until none is due; returns how many. */
export async function expireDueOffers(ctx: AppContext, batchSize = 100): Promise<number> {
  let expired = 0;
  for (;;) {
    const n = await inTransaction(ctx.db, async (trx) => {
      const now = ctx.clock.now();
      const due = await claimDueOffers(trx, now, batchSize);
      const changes: OfferChange[] = [];
      for (const offer of due) {
        const result = transitionOffer(offer, 'expire', 'system');
        if (!result.ok) continue;
        const ended = await updateOffer(trx, offer.id, { status: result.to, awaiting: null, updated_at: now });
        changes.push({ offer: ended, actor: 'system', action: result.action, event: result.event, notify: { to: ['buyer', 'seller'], type: 'offer.expired' } });
      }
      await recordOfferChanges(trx, ctx.keyring, changes, now);
      return due.length;
    });
    expired += n;
    if (n < batchSize) return expired;
  }
}

/**
 * Account deletion's eraser: offers are commercial records and stay, but a deleted account negotiates
 * no more. Its pending offers as buyer are withdrawn; as seller (whose listings deletion closes) they
 * are superseded, and their buyers hear it as a decline.
 */
export async function closeOffersOf(trx: Transaction<DB>, userId: string, now: Date): Promise<void> {
  const pending = await lockPendingOffersOf(trx, userId);
  const changes: OfferChange[] = [];
  for (const offer of pending.filter((o) => o.buyer_id === userId)) {
    const result = transitionOffer(offer, 'withdraw', 'buyer');
    if (!result.ok) continue;
    const ended = await updateOffer(trx, offer.id, { status: result.to, awaiting: null, updated_at: now });
    changes.push({ offer: ended, actor: 'buyer', action: result.action, event: result.event, notify: { to: ['seller'], type: 'offer.withdrawn' } });
  }
  changes.push(
    ...(await supersede(
      trx,
      pending.filter((o) => o.seller_id === userId),
      now,
      'listing_closed',
    )),
  );
  await recordOfferChanges(trx, null, changes, now);
}
