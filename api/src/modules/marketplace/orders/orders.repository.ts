import { randomUUID } from 'node:crypto';
import { type Insertable, type Kysely, type OperationNodeSource, type QueryCreator, type Selectable, sql, type Transaction } from 'kysely';
import type { RiskReason } from '@agora/fraud-models';
import type { DB, OrderRow, OrdersTable } from '../../../db/schema';
import { conflict, forbidden } from '../../../errors';
import { type Cursor, afterCursor } from '../../../db/keyset';
import { toAmount } from '../../money/currencies';
import { liveReasonsOf } from '../../risk/scoring';
import { listingColumn } from '../listings';
import { type DomainEvent, eventWrites } from '../../platform/outbox';
import { scheduleJobsQuery, skipPendingJobsQuery } from '../../platform/scheduler';
import type { Config } from '../../../config';
import type { Keyring } from '../../../adapters/keyring';
import { announceOrderStatus, remindersFor } from './order-notices';
import { type Actor, CLOSED_STATUSES, type Command, type GuardFacts, type OrderStatus, type TimerSetting, type TransitionResult, timersOnEntering, transition } from './order';
import { trackingUrl } from '../shipping';

export type Order = Selectable<OrdersTable>;

export function findOrder(db: Kysely<DB> | Transaction<DB>, id: string): Promise<Order | undefined> {
  return db.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirst();
}

export function lockOrder(trx: Transaction<DB>, id: string): Promise<Order | undefined> {
  return trx.selectFrom('orders').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export interface TransitionContext {
  actor: Actor;
  actorId: string | null;
  reason?: string;
  now: Date;
  /** Timer durations: entering a waiting state arms its timed transition (and the reminders before it). */
  config: Pick<Config, TimerSetting | 'NOTIFICATION_REMINDER_HOURS'>;
  /** Status changes are published to both parties' real-time streams (sealed). */
  keyring: Keyring;
  /** Facts for the command's guards; required when the table names guards for it. */
  facts?: GuardFacts;
}

const GUARD_ERRORS = {
  seller_can_accept_payments: () => conflict('seller_cannot_accept_payments', 'The seller cannot accept payments until they finish onboarding'),
  within_dispute_window: () => conflict('dispute_window_closed', 'The window for opening a dispute on this order has closed'),
};

declare const checked: unique symbol;
/** A transition the table allowed for a given order; only assertTransition makes one. */
export type AllowedTransition = Extract<TransitionResult, { ok: true }> & { readonly [checked]: true };

/** The table's verdict as an HTTP-mappable error: wrong actor 403, wrong state or failed guard 409. */
export function assertTransition(order: Order, command: Command, actor: Actor, facts?: GuardFacts): AllowedTransition {
  const result = transition(order.status as OrderStatus, command, actor, facts);
  if (result.ok) return result as AllowedTransition;
  const verb = command.replaceAll('_', ' ');
  if (result.error === 'actor_not_allowed') throw forbidden(`The ${actor} of an order cannot ${verb} it`);
  if (result.error === 'invalid_transition') throw conflict('invalid_transition', `Cannot ${verb} an order that is ${order.status}`);
  // The caller's bug, not the client's: a 500.
  if (result.error === 'facts_missing') throw new Error(`command ${command} has guards but no facts were loaded`);
  throw GUARD_ERRORS[result.error]();
}

const DELAY_MS: Record<TimerSetting, number> = {
  UNPAID_ORDER_TTL_MINUTES: 60_000,
  SHIP_DEADLINE_DAYS: 86_400_000,
  DELIVERY_CONFIRM_DEADLINE_DAYS: 86_400_000,
  AUTO_COMPLETE_DAYS: 86_400_000,
};

// Every status change writes the order row, a history line, the timers of the state entered (or,
// entering a closed status, closes the pending ones) and usually its outbox event. They go to
// Postgres as one statement (data-modifying CTEs): one round trip instead of four, same
// transaction, same constraints and triggers.

/** `row` (an insert or update of one order returning it) with `alsoWrite` in the same statement. */
async function writeTogether(trx: Transaction<DB>, row: OperationNodeSource, alsoWrite: (OperationNodeSource | undefined)[]): Promise<Order> {
  const ctes = [sql`o AS (${row})`, ...alsoWrite.filter((q) => q !== undefined).map((q, i) => sql`${sql.id(`w${i}`)} AS (${q})`)];
  const { rows } = await sql<Order>`WITH ${sql.join(ctes)} SELECT * FROM o`.execute(trx);
  return rows[0]!;
}

function insertHistory(db: QueryCreator<DB>, orderId: string, from: OrderStatus | null, to: OrderStatus, t: TransitionContext) {
  return db.insertInto('order_status_history').values({
    order_id: orderId,
    from_status: from,
    to_status: to,
    actor_type: t.actor,
    actor_id: t.actorId,
    reason: t.reason ?? null,
    created_at: t.now,
  });
}

/** Arms the timed transitions of the state an order just entered (state in Postgres, not memory). */
function armTimers(db: QueryCreator<DB>, orderId: string, status: OrderStatus, t: TransitionContext) {
  const timers = timersOnEntering(status).map((timer) => ({ command: timer.command, dueAt: new Date(t.now.getTime() + t.config[timer.after] * DELAY_MS[timer.after]) }));
  const reminders = remindersFor(timers, t.now, t.config.NOTIFICATION_REMINDER_HOURS);
  const jobs = [...timers.map((timer) => ({ kind: timer.command, orderId, dueAt: timer.dueAt })), ...reminders.map((r) => ({ kind: r.kind, orderId, dueAt: r.dueAt }))];
  if (jobs.length === 0) return undefined;
  return scheduleJobsQuery(db, jobs, t.now);
}

/**
 * Entering a closed status ends the order's pending jobs (its waiting states' timers, a dispute's
 * seller deadline, a refunded order's settlement) as `skipped`, what the scheduler would record
 * when they fell due. No closed status arms a timer, so no row is both armed and closed here.
 */
function closeJobs(db: QueryCreator<DB>, orderId: string, status: OrderStatus, t: TransitionContext) {
  if (!CLOSED_STATUSES.includes(status)) return undefined;
  return skipPendingJobsQuery(db, orderId, t.now);
}

/** The columns an order's outbox event carries. */
export type EventedOrder = Pick<Order, 'id' | 'listing_id' | 'buyer_id' | 'seller_id' | 'currency' | 'category' | 'status'> & {
  amount: string | number | bigint;
  fee_amount: string | number | bigint;
};

/** Inserts a new order with its first history line, timers and the events `eventsOf` returns for it. */
export async function insertOrder(
  trx: Transaction<DB>,
  values: Omit<Insertable<OrdersTable>, 'id'> & { status: OrderStatus },
  t: TransitionContext,
  eventsOf: (created: EventedOrder) => DomainEvent[],
): Promise<Order> {
  const id = randomUUID();
  const events = eventsOf({ ...values, id });
  const order = await writeTogether(
    trx,
    trx
      .insertInto('orders')
      .values({ ...values, id })
      .returningAll(),
    [insertHistory(trx, id, null, values.status, t), armTimers(trx, id, values.status, t), ...eventWrites(trx, events)],
  );
  await announceOrderStatus(trx, order, null, t);
  return order;
}

/** The order's latest move into `status` (history ids grow with each move): when, and by whom. */
function lastMoveInto(db: Kysely<DB> | Transaction<DB>, orderId: string, status: OrderStatus) {
  return db
    .selectFrom('order_status_history')
    .select(['created_at', 'actor_type'])
    .where('order_id', '=', orderId)
    .where('to_status', '=', status)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** When the order last entered `delivered` (for the dispute window). */
export async function deliveredAt(db: Kysely<DB> | Transaction<DB>, orderId: string): Promise<Date | null> {
  return (await lastMoveInto(db, orderId, 'delivered'))?.created_at ?? null;
}

/** When the order last became `completed` (the review window runs from there). */
export async function completedAt(trx: Transaction<DB>, orderId: string): Promise<Date | null> {
  return (await lastMoveInto(trx, orderId, 'completed'))?.created_at ?? null;
}

/** Whether the order's latest move into `disputed` was the system's (a chargeback), not the buyer's. */
export async function disputedByChargeback(db: Kysely<DB>, orderId: string): Promise<boolean> {
  return (await lastMoveInto(db, orderId, 'disputed'))?.actor_type === 'system';
}

/** The order a provider payment paid for: `orders.payment_ref` holds what `charge()` returned. */
export async function findOrderIdForPayment(db: Kysely<DB>, paymentRef: string): Promise<string | undefined> {
  const row = await db.selectFrom('orders').select('id').where('payment_ref', '=', paymentRef).executeTakeFirst();
  return row?.id;
}

/** The ids of the user's orders, as buyer or seller, in one of `statuses` (`exceptId` aside), in id order. */
export function orderIdsOfParty(trx: Transaction<DB>, userId: string, statuses: readonly string[], exceptId: string | null) {
  let q = trx.selectFrom('orders').select('id').where('status', 'in', statuses);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return q
    .where((eb) => eb.or([eb('buyer_id', '=', userId), eb('seller_id', '=', userId)]))
    .orderBy('id')
    .execute();
}

/**
 * Applies one command from the transition table to a locked order: status and history change together,
 * with the events `eventsOf` returns for the updated row (the locked row with the changes applied, as
 * no trigger or default alters an order on update). Returns the new row and the event type the
 * transition emits.
 */
export function recordTransition(
  trx: Transaction<DB>,
  order: Order,
  command: Command,
  t: TransitionContext,
  patch: Partial<Omit<Order, 'id' | 'status'>> = {},
  eventsOf?: (updated: Order, event: string) => DomainEvent[],
): Promise<{ order: Order; event: string }> {
  return recordAllowedTransition(trx, order, assertTransition(order, command, t.actor, t.facts), t, patch, eventsOf);
}

/** recordTransition for a caller that checked the command itself, before effects that must not run if it is refused. */
export async function recordAllowedTransition(
  trx: Transaction<DB>,
  order: Order,
  result: AllowedTransition,
  t: TransitionContext,
  patch: Partial<Omit<Order, 'id' | 'status'>> = {},
  eventsOf?: (updated: Order, event: string) => DomainEvent[],
): Promise<{ order: Order; event: string }> {
  const changes = { ...patch, status: result.to, updated_at: t.now, ...firstCompletion(order, result.to, t.now) };
  const events = eventsOf?.({ ...order, ...changes }, result.event) ?? [];
  const updated = await writeTogether(trx, trx.updateTable('orders').set(changes).where('id', '=', order.id).returningAll(), [
    insertHistory(trx, order.id, result.from, result.to, t),
    result.to !== result.from ? armTimers(trx, order.id, result.to, t) : undefined,
    result.to !== result.from ? closeJobs(trx, order.id, result.to, t) : undefined,
    ...eventWrites(trx, events),
  ]);
  await announceOrderStatus(trx, updated, result.from, t);
  return { order: updated, event: result.event };
}

/**
 * The first entry into `completed` stamps completed_at (the locked row tells whether it is the
 * first); a dispute resolved for the seller or a refund later leaves it: it completed then, and
 * point-in-time counts of completed sales (loadRiskInput) depend on that.
 */
function firstCompletion(order: Order, to: OrderStatus, now: Date): Pick<Order, 'completed_at'> | undefined {
  return to === 'completed' && order.completed_at === null ? { completed_at: now } : undefined;
}

/** Freezes (or lifts the freeze on) the order's money; see order-holds.ts. */
export function setFundsHeld(trx: Transaction<DB>, orderId: string, held: boolean, now: Date): Promise<Order> {
  return trx.updateTable('orders').set({ funds_held: held, updated_at: now }).where('id', '=', orderId).returningAll().executeTakeFirstOrThrow();
}

/** The order's escrow was posted to the seller. */
export async function markFundsReleased(trx: Transaction<DB>, orderId: string, now: Date): Promise<void> {
  await trx.updateTable('orders').set({ funds_released: true, updated_at: now }).where('id', '=', orderId).execute();
}

/** `amount` more of the order went back to the buyer. */
export async function addRefunded(trx: Transaction<DB>, orderId: string, amount: number, now: Date): Promise<void> {
  await trx
    .updateTable('orders')
    .set({ refunded_amount: sql`refunded_amount + ${amount}`, updated_at: now })
    .where('id', '=', orderId)
    .execute();
}

export function listOrdersForUser(db: Kysely<DB>, userId: string, role: 'buyer' | 'seller', limit: number, cursor?: Cursor) {
  let q = db
    .selectFrom('orders')
    .selectAll()
    .where(role === 'buyer' ? 'buyer_id' : 'seller_id', '=', userId);
  if (cursor) q = q.where(afterCursor('created_at', 'id', cursor));
  return q
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** All orders, or with `partyId` those the user bought or sold. */
export function listAllOrders(db: Kysely<DB>, f: { status?: string; partyId?: string; viewerId: string; limit: number; cursor?: Cursor }) {
  // Staff never see their own orders in the admin lists (see isOrderParty).
  let q = db
    .selectFrom('orders')
    .selectAll('orders')
    .select(listingColumn('title', 'orders.listing_id').as('listing_title'))
    .select(liveReasonsOf('orders.id').as('risk_reasons'))
    .where('orders.buyer_id', '<>', f.viewerId)
    .where('orders.seller_id', '<>', f.viewerId);
  if (f.status) q = q.where('orders.status', '=', f.status);
  const partyId = f.partyId;
  if (partyId) q = q.where((eb) => eb.or([eb('orders.buyer_id', '=', partyId), eb('orders.seller_id', '=', partyId)]));
  if (f.cursor) q = q.where(afterCursor('orders.created_at', 'orders.id', f.cursor));
  return q
    .orderBy('orders.created_at', 'desc')
    .orderBy('orders.id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

export function orderHistory(db: Kysely<DB>, orderId: string) {
  return db.selectFrom('order_status_history').selectAll().where('order_id', '=', orderId).orderBy('id').execute();
}

export function toOrderResponse(o: OrderRow) {
  return {
    id: o.id,
    listing_id: o.listing_id,
    buyer_id: o.buyer_id,
    seller_id: o.seller_id,
    amount: { amount: toAmount(o.amount), currency: o.currency },
    fee: { amount: toAmount(o.fee_amount), currency: o.currency },
    refunded: { amount: toAmount(o.refunded_amount), currency: o.currency },
    status: o.status,
    carrier: o.carrier,
    tracking_number: o.tracking_number,
    tracking_url: trackingUrl(o.carrier, o.tracking_number),
    created_at: o.created_at.toISOString(),
    updated_at: o.updated_at.toISOString(),
  };
}

export function toAdminOrderResponse(o: OrderRow & { listing_title: string; risk_reasons: RiskReason[] }) {
  return {
    ...toOrderResponse(o),
    listing_title: o.listing_title,
    risk_score: o.risk_score,
    risk_decision: o.risk_decision,
    risk_reasons: o.risk_reasons,
    funds_held: o.funds_held,
  };
}
