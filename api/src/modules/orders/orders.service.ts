import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';
import { AppError, notFound, unprocessable } from '../../http/errors';
import { releaseEscrow } from '../ledger';
import { lockListing, setListingStatus } from '../listings';
import { feeFor, toAmount } from '../money';
import { appendEvents } from '../outbox';
import type { Actor, Command } from './order';
import { type Order, assertTransition, escrowOf, insertOrder, lockOrder, recordTransition, type TransitionContext } from './orders.repository';
import type { OpenDisputeBody, ShipOrderBody } from './orders.schemas';

/** The event every order change writes to the outbox: enough for analytics without joins. */
export function orderEvent(order: Order, type: string, now: Date, extra: Record<string, unknown> = {}) {
  return {
    type,
    aggregateType: 'order' as const,
    aggregateId: order.id,
    occurredAt: now,
    payload: {
      order_id: order.id, listing_id: order.listing_id, buyer_id: order.buyer_id, seller_id: order.seller_id,
      amount: toAmount(order.amount), currency: order.currency, fee_amount: toAmount(order.fee_amount),
      category: order.category, status: order.status, ...extra,
    },
  };
}

/** The caller's role in an order; a stranger learns nothing, not even that the order exists. */
export function partyOf(order: Order | undefined, userId: string): { order: Order; actor: Actor } {
  if (order?.buyer_id === userId) return { order, actor: 'buyer' };
  if (order?.seller_id === userId) return { order, actor: 'seller' };
  throw notFound('Order');
}

export async function lockOrderForParty(trx: Transaction<DB>, orderId: string, userId: string) {
  return partyOf(await lockOrder(trx, orderId), userId);
}

export async function createOrder(ctx: AppContext, buyerId: string, listingId: string): Promise<Order> {
  const now = ctx.clock.now();
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const listing = await lockListing(trx, listingId);
      if (!listing || listing.status === 'removed') throw notFound('Listing');
      if (listing.seller_id === buyerId) throw unprocessable('own_listing', 'You cannot buy your own listing', 'listing_id');
      if (listing.status !== 'active') throw new AppError(409, 'listing_unavailable', 'This listing is not available');
      const amount = toAmount(listing.price_amount);
      const order = await insertOrder(trx, {
        listing_id: listing.id, buyer_id: buyerId, seller_id: listing.seller_id, amount: amount, currency: listing.currency,
        category: listing.category, fee_amount: feeFor(amount, ctx.config.PLATFORM_FEE_BPS), status: 'initiated',
        payment_ref: null, risk_score: null, risk_decision: null, carrier: null, tracking_number: null, created_at: now, updated_at: now,
      });
      await trx.insertInto('order_status_history').values({ order_id: order.id, from_status: null, to_status: 'initiated', actor_type: 'buyer', actor_id: buyerId, reason: null, created_at: now }).execute();
      await setListingStatus(trx, listing.id, 'reserved', now);
      await appendEvents(trx, [orderEvent(order, 'order.created', now)]);
      return order;
    });
  } catch (err) {
    // The partial unique index caught a concurrent purchase of the same listing.
    if ((err as { code?: string }).code === '23505') throw new AppError(409, 'listing_unavailable', 'This listing is not available');
    throw err;
  }
}

/** One party-driven transition with its side effects, in one transaction. */
async function partyTransition(
  ctx: AppContext,
  userId: string,
  orderId: string,
  command: Command,
  effects: (trx: Transaction<DB>, order: Order, t: TransitionContext) => Promise<{ patch?: Partial<Order>; extra?: Record<string, unknown>; reason?: string }> = async () => ({}),
): Promise<Order> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const { order, actor } = await lockOrderForParty(trx, orderId, userId);
    assertTransition(order, command, actor);
    const t = { actor, actorId: userId, now };
    const { patch, extra, reason } = await effects(trx, order, t);
    const result = await recordTransition(trx, order, command, { ...t, reason }, patch);
    await appendEvents(trx, [orderEvent(result.order, result.event, now, extra)]);
    return result.order;
  });
}

export const shipOrder = (ctx: AppContext, userId: string, orderId: string, body: z.infer<typeof ShipOrderBody>) =>
  partyTransition(ctx, userId, orderId, 'ship', async () => ({ patch: { carrier: body.carrier, tracking_number: body.tracking_number } }));

export const confirmDelivery = (ctx: AppContext, userId: string, orderId: string) => partyTransition(ctx, userId, orderId, 'confirm_delivery');

/** Completion sells the listing and settles escrow — unless a fraud case holds the funds. */
export const completeOrder = (ctx: AppContext, userId: string, orderId: string) =>
  partyTransition(ctx, userId, orderId, 'complete', async (trx, order, t) => {
    await setListingStatus(trx, order.listing_id, 'sold', t.now);
    if (order.funds_held) return { extra: { funds_held: true } };
    await releaseEscrow(trx, escrowOf(order), t.now);
    return { patch: { funds_released: true } };
  });

export const cancelOrder = (ctx: AppContext, userId: string, orderId: string) =>
  partyTransition(ctx, userId, orderId, 'cancel', async (trx, order, t) => {
    await setListingStatus(trx, order.listing_id, 'active', t.now);
    return {};
  });

export const openDispute = (ctx: AppContext, userId: string, orderId: string, body: z.infer<typeof OpenDisputeBody>) =>
  partyTransition(ctx, userId, orderId, 'open_dispute', async () => ({ reason: body.reason, extra: { reason: body.reason } }));
