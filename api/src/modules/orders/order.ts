// The order state machine: one declarative table, one pure transition function. No I/O here.

export const ORDER_STATUSES = [
  'initiated', 'pending_payment', 'paid', 'shipped', 'delivered', 'completed', 'disputed', 'refunded', 'cancelled',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export type Actor = 'buyer' | 'seller' | 'staff' | 'system';

interface TransitionRule {
  from: readonly OrderStatus[];
  to: OrderStatus;
  actors: readonly Actor[];
  event: string;
}

export const TRANSITIONS = {
  start_payment: { from: ['initiated'], to: 'pending_payment', actors: ['buyer'], event: 'order.payment_started' },
  payment_succeeded: { from: ['pending_payment'], to: 'paid', actors: ['system'], event: 'order.paid' },
  payment_failed: { from: ['pending_payment'], to: 'initiated', actors: ['system'], event: 'payment.declined' },
  payment_blocked: { from: ['initiated', 'pending_payment'], to: 'cancelled', actors: ['system'], event: 'order.cancelled' },
  cancel: { from: ['initiated'], to: 'cancelled', actors: ['buyer', 'seller', 'system'], event: 'order.cancelled' },
  ship: { from: ['paid'], to: 'shipped', actors: ['seller'], event: 'order.shipped' },
  confirm_delivery: { from: ['shipped'], to: 'delivered', actors: ['buyer'], event: 'order.delivered' },
  complete: { from: ['delivered'], to: 'completed', actors: ['buyer', 'system'], event: 'order.completed' },
  open_dispute: { from: ['shipped', 'delivered'], to: 'disputed', actors: ['buyer'], event: 'order.disputed' },
  refund: { from: ['paid', 'shipped', 'delivered', 'completed', 'disputed'], to: 'refunded', actors: ['staff', 'system'], event: 'order.refunded' },
} as const satisfies Record<string, TransitionRule>;

export type Command = keyof typeof TRANSITIONS;

export type TransitionResult =
  | { ok: true; from: OrderStatus; to: OrderStatus; event: string }
  | { ok: false; error: 'actor_not_allowed' | 'invalid_transition' };

/** Decides whether `actor` may apply `command` to an order in `status`, and what follows. */
export function transition(status: OrderStatus, command: Command, actor: Actor): TransitionResult {
  const rule: TransitionRule = TRANSITIONS[command];
  if (!rule.actors.includes(actor)) return { ok: false, error: 'actor_not_allowed' };
  if (!rule.from.includes(status)) return { ok: false, error: 'invalid_transition' };
  return { ok: true, from: status, to: rule.to, event: rule.event };
}

/** Statuses in which the buyer's money sits in the order's escrow. */
export const FUNDED_STATUSES: readonly OrderStatus[] = ['paid', 'shipped', 'delivered', 'completed', 'disputed'];
