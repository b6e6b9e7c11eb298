import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { AppContext } from '../../../context';
import type { BeforeCommit } from '../../../db/before-commit';
import type { DB } from '../../../db/schema';
import { inTransaction, isUniqueViolation } from '../../../db/transaction';
import { conflict, invalid, notFound } from '../../../errors';
import { assertNotBlocked } from '../blocks';
import { SELLER_ONLY, assertFixedPrice, findListing, reserveListing, setListingStatus } from '../listings';
import { feeFor, toAmount } from '../../money/currencies';
import { appendEvents } from '../../platform/outbox';
import { snapshotOrderImages } from '../listing-images';
import { normalizeTracking, trackingProblem, trackingUrl } from '../shipping';
import { runProviderOperations } from '../../money/payments';
import { PAYOUT_OUTCOMES } from '../../money/payouts';
import { sellerCanAcceptPayments } from '../../money/seller-accounts';
import { type Actor, type Command, type GuardFacts, guardsOf } from './order';
import { arrangeSettlement, refundOrder } from './order-settlement';
import { type EventedOrder, type Order, assertTransition, deliveredAt, insertOrder, lockOrder, recordAllowedTransition, type TransitionContext } from './orders.repository';
import type { ShipOrderBody } from './orders.schemas';

/** The event every order change writes to the outbox: enough for analytics without joins. */
export function orderEvent(order: EventedOrder, type: string, now: Date, extra: Record<string, unknown> = {}) {
  return {
    type,
    aggregateType: 'order' as const,
    aggregateId: order.id,
    occurredAt: now,
    payload: {
      order_id: order.id,
      listing_id: order.listing_id,
      buyer_id: order.buyer_id,
      seller_id: order.seller_id,
      amount: toAmount(order.amount),
      currency: order.currency,
      fee_amount: toAmount(order.fee_amount),
      category: order.category,
      status: order.status,
      ...extra,
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

export async function createOrder(ctx: AppContext, buyerId: string, listingId: string, beforeCommit?: BeforeCommit<Order>): Promise<Order> {
  return inTransaction(ctx.db, async (trx) => {
    const order = await placeOrder(trx, ctx, { buyerId, listingId }, ctx.clock.now());
    // After placeOrder's checks, so an auctioned listing the buyer cannot see stays a 404; the reservation rolls back.
    assertFixedPrice((await findListing(trx, listingId))!);
    await beforeCommit?.(trx, order);
    return order;
  });
}

/**
 * Reserves the listing for the buyer and opens its order, in the caller's transaction: at the
 * listing's price, or at `agreed` (an accepted offer, a won auction) in the listing's currency.
 * Refusals are domain errors: the listing unknown to the buyer (404), their own (422), unavailable or
 * bought concurrently (409, also when the partial unique index catches a race). `unpaidTtlMinutes`
 * replaces UNPAID_ORDER_TTL_MINUTES for this order's payment deadline (a won auction's winner gets days).
 */
export async function placeOrder(
  trx: Transaction<DB>,
  ctx: AppContext,
  p: { buyerId: string; listingId: string; agreedAmount?: number; unpaidTtlMinutes?: number },
  now: Date,
): Promise<Order> {
  const { buyerId, listingId } = p;
  const listing = await reserveListing(trx, listingId, buyerId, now);
  if (!listing) {
    const current = await findListing(trx, listingId);
    if (!current) throw notFound('Listing');
    if (current.seller_id === buyerId) throw invalid('own_listing', 'You cannot buy your own listing', 'listing_id');
    // Removed listings, drafts, withdrawn and under-review ones do not exist for buyers.
    if (current.status === 'removed' || SELLER_ONLY.includes(current.status)) throw notFound('Listing');
    throw conflict('listing_unavailable', 'This listing is not available');
  }
  // The reservation rolls back with the refusal.
  await assertNotBlocked(trx, buyerId, listing.seller_id);
  const amount = p.agreedAmount ?? toAmount(listing.price_amount);
  try {
    // A lost race aborts the caller's transaction; the conflict rolls it back whole.
    const order = await insertOrder(
      trx,
      {
        listing_id: listing.id,
        buyer_id: buyerId,
        seller_id: listing.seller_id,
        amount,
        currency: listing.currency,
        category: listing.category,
        fee_amount: feeFor(amount, ctx.config.PLATFORM_FEE_BPS),
        status: 'initiated',
        payment_ref: null,
        risk_score: null,
        risk_decision: null,
        carrier: null,
        tracking_number: null,
        created_at: now,
        updated_at: now,
      },
      {
        actor: 'buyer',
        actorId: buyerId,
        now,
        config: p.unpaidTtlMinutes === undefined ? ctx.config : { ...ctx.config, UNPAID_ORDER_TTL_MINUTES: p.unpaidTtlMinutes },
        keyring: ctx.keyring,
      },
      (created) => [orderEvent(created, 'order.created', now)],
    );
    // The photos the buyer saw, kept with the order (a dispute's evidence), whatever the seller does later.
    await snapshotOrderImages(trx, order.id, listing.id);
    return order;
  } catch (err) {
    // The partial unique index caught a concurrent purchase of the same listing.
    if (isUniqueViolation(err, 'orders_one_live_per_listing')) throw conflict('listing_unavailable', 'This listing is not available');
    throw err;
  }
}

/** Side effects of one command inside its transaction; provider operations run after commit. */
export interface Effects {
  patch?: Partial<Order>;
  extra?: Record<string, unknown>;
  reason?: string;
  operations?: string[];
}
type Effect = (trx: Transaction<DB>, ctx: AppContext, order: Order, t: TransitionContext) => Promise<Effects>;

/** Cancelling releases the listing; after payment it refunds the buyer in full (voids the hold). */
const cancelEffect: Effect = async (trx, _ctx, order, t) => {
  await setListingStatus(trx, order.listing_id, 'active', t.now);
  if (order.status !== 'paid') return {};
  const refund = await refundOrder(trx, order, { reference: `cancel:${order.id}`, now: t.now, resolve: true });
  return { extra: { refunded: refund.refunded }, operations: refund.operationId ? [refund.operationId] : [] };
};

/** Completion sells the listing and starts the payout hold; settlement follows when it passes. */
const completeEffect: Effect = async (trx, _ctx, order, t) => {
  await setListingStatus(trx, order.listing_id, 'sold', t.now);
  return { extra: { funds_held: order.funds_held } };
};

const EFFECTS: Partial<Record<Command, Effect>> = {
  cancel: cancelEffect,
  auto_cancel: async (trx, ctx, order, t) => ({ ...(await cancelEffect(trx, ctx, order, t)), reason: `not shipped within ${ctx.config.SHIP_DEADLINE_DAYS} days` }),
  expire: async (trx, _ctx, order, t) => {
    await setListingStatus(trx, order.listing_id, 'active', t.now);
    return { reason: 'unpaid' };
  },
  complete: completeEffect,
  auto_complete: completeEffect,
  // A dispute decided for the seller completes the sale like any other.
  resolve_for_seller: completeEffect,
  auto_deliver: async () => ({ reason: 'no delivery confirmation' }),
};

/** Commands after which the completed order's settlement must be arranged. */
const COMPLETING: readonly Command[] = ['complete', 'auto_complete', 'resolve_for_seller'];

/**
 * Applies a command to a locked order with its effects, history, timers and outbox event. Shared by
 * parties (HTTP), staff and the scheduler (`system`), so a timer does exactly what a person would.
 */
export async function applyCommand(
  trx: Transaction<DB>,
  ctx: AppContext,
  order: Order,
  command: Command,
  t: Omit<TransitionContext, 'config' | 'keyring'>,
  patch: Partial<Order> = {},
): Promise<{ order: Order; operations: string[] }> {
  const tc: TransitionContext = { ...t, config: ctx.config, keyring: ctx.keyring };
  // Checked once, before the effects: a refused command must not release a listing or refund.
  const allowed = assertTransition(order, command, t.actor, t.facts);
  const effect = EFFECTS[command];
  const effects: Effects = effect ? await effect(trx, ctx, order, tc) : {};
  // The event rides with the transition's own statement, unless an effect wrote to the order before
  // it or settlement adds to the event after it.
  const completing = COMPLETING.includes(command);
  const eventWithTransition = !effect && !completing;
  const result = await recordAllowedTransition(
    trx,
    order,
    allowed,
    { ...tc, reason: t.reason ?? effects.reason },
    { ...effects.patch, ...patch },
    eventWithTransition ? (updated, event) => [orderEvent(updated, event, t.now)] : undefined,
  );
  if (eventWithTransition) return { order: result.order, operations: [] };
  let updated = result.order;
  const extra = { ...effects.extra };
  if (completing) {
    const plan = await arrangeSettlement(trx, ctx.config, updated, t.now);
    Object.assign(extra, { payout_hold_days: plan.holdDays, payout_hold_reasons: plan.reasons, settled: plan.settledNow });
    // Settling marks the order's funds released (arrangeSettlement's only write to the row): no need to read it back.
    if (plan.settledNow) updated = { ...updated, funds_released: true, updated_at: t.now };
  }
  await appendEvents(trx, [orderEvent(updated, result.event, t.now, extra)]);
  return { order: updated, operations: effects.operations ?? [] };
}

/** Runs provider operations queued by a committed transaction; failures stay queued for the worker. */
export async function runAfterCommit(ctx: AppContext, operations: string[]): Promise<void> {
  if (operations.length === 0) return;
  await runProviderOperations(ctx, PAYOUT_OUTCOMES, { ids: operations }).catch((err) => ctx.logger.warn({ err }, 'provider operations left to the worker'));
}

/** The facts `command`'s guards read, and only those: the rest keep values no guard of it looks at. */
export async function loadGuardFacts(trx: Transaction<DB>, ctx: AppContext, order: Order, command: Command, now: Date): Promise<GuardFacts> {
  const guards = guardsOf(command);
  return {
    sellerCanAcceptPayments: guards.includes('seller_can_accept_payments') && (await sellerCanAcceptPayments(ctx, trx, order.seller_id)),
    deliveredAt: guards.includes('within_dispute_window') ? await deliveredAt(trx, order.id) : null,
    now,
    disputeWindowDays: ctx.config.DISPUTE_WINDOW_DAYS,
  };
}

/** One party-driven transition in one transaction. */
async function partyTransition(
  ctx: AppContext,
  userId: string,
  orderId: string,
  command: Command,
  opts: { patch?: Partial<Order>; reason?: string; beforeCommit?: BeforeCommit<Order> } = {},
): Promise<Order> {
  const now = ctx.clock.now();
  const result = await inTransaction(ctx.db, async (trx) => {
    const { order, actor } = await lockOrderForParty(trx, orderId, userId);
    const facts = guardsOf(command).length ? await loadGuardFacts(trx, ctx, order, command, now) : undefined;
    const applied = await applyCommand(trx, ctx, order, command, { actor, actorId: userId, now, reason: opts.reason, facts }, opts.patch);
    await opts.beforeCommit?.(trx, applied.order);
    return applied;
  });
  await runAfterCommit(ctx, result.operations);
  return result.order;
}

/** The tracking number must suit the carrier where we know its formats; it is stored normalized then. */
export function shipOrder(ctx: AppContext, userId: string, orderId: string, body: z.infer<typeof ShipOrderBody>) {
  const problem = trackingProblem(body.carrier, body.tracking_number);
  if (problem) throw invalid('tracking_number_invalid', `The tracking number ${problem}`, 'tracking_number');
  const trackingNumber = trackingUrl(body.carrier, body.tracking_number) ? normalizeTracking(body.tracking_number) : body.tracking_number;
  return partyTransition(ctx, userId, orderId, 'ship', { patch: { carrier: body.carrier, tracking_number: trackingNumber } });
}

export const confirmDelivery = (ctx: AppContext, userId: string, orderId: string) => partyTransition(ctx, userId, orderId, 'confirm_delivery');

export const completeOrder = (ctx: AppContext, userId: string, orderId: string, beforeCommit?: BeforeCommit<Order>) =>
  partyTransition(ctx, userId, orderId, 'complete', { beforeCommit });

/** Either party, before shipping; after payment the buyer is refunded in full (a seller cancellation counts against them). */
export const cancelOrder = (ctx: AppContext, userId: string, orderId: string, beforeCommit?: BeforeCommit<Order>) =>
  partyTransition(ctx, userId, orderId, 'cancel', { beforeCommit });
