// The order state machine: one declarative table, one pure transition function. No I/O here.
// Each rule says which states it leaves, where it goes, who may trigger it, which guards must hold,
// the event it emits and — for timed `system` rules — which configured delay after entering the
// state makes the scheduler fire it.

export const ORDER_STATUSES = ['initiated', 'pending_payment', 'paid', 'shipped', 'delivered', 'completed', 'disputed', 'refunded', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export type Actor = 'buyer' | 'seller' | 'staff' | 'system';

/** Named conditions on facts the repository loads; the table names them, `checkGuards` evaluates them. */
export type Guard = 'seller_can_accept_payments' | 'within_dispute_window';
export interface GuardFacts {
  sellerCanAcceptPayments: boolean;
  /** When the order entered `delivered`, if it did. */
  deliveredAt: Date | null;
  now: Date;
  disputeWindowDays: number;
}

/** Config keys (in days or minutes) that time the scheduler's transitions. */
export type TimerSetting = 'UNPAID_ORDER_TTL_MINUTES' | 'SHIP_DEADLINE_DAYS' | 'DELIVERY_CONFIRM_DEADLINE_DAYS' | 'AUTO_COMPLETE_DAYS';

interface TransitionRule {
  from: readonly OrderStatus[];
  to: OrderStatus;
  actors: readonly Actor[];
  guards?: readonly Guard[];
  event: string;
  after?: TimerSetting;
}

export const TRANSITIONS = {
  start_payment: { from: ['initiated'], to: 'pending_payment', actors: ['buyer'], guards: ['seller_can_accept_payments'], event: 'order.payment_started' },
  payment_succeeded: { from: ['pending_payment'], to: 'paid', actors: ['system'], event: 'order.paid' },
  payment_failed: { from: ['pending_payment'], to: 'initiated', actors: ['system'], event: 'payment.declined' },
  payment_blocked: { from: ['initiated', 'pending_payment'], to: 'cancelled', actors: ['system'], event: 'order.cancelled' },
  expire: { from: ['initiated'], to: 'cancelled', actors: ['system'], event: 'order.expired', after: 'UNPAID_ORDER_TTL_MINUTES' },
  // Before shipping either party may cancel; once paid that is a full refund.
  cancel: { from: ['initiated', 'paid'], to: 'cancelled', actors: ['buyer', 'seller'], event: 'order.cancelled' },
  // Staff void an unpaid order (confirming a fraud case closes its subject's open orders).
  staff_cancel: { from: ['initiated'], to: 'cancelled', actors: ['staff'], event: 'order.cancelled' },
  auto_cancel: { from: ['paid'], to: 'cancelled', actors: ['system'], event: 'order.cancelled', after: 'SHIP_DEADLINE_DAYS' },
  ship: { from: ['paid'], to: 'shipped', actors: ['seller'], event: 'order.shipped' },
  confirm_delivery: { from: ['shipped'], to: 'delivered', actors: ['buyer'], event: 'order.delivered' },
  auto_deliver: { from: ['shipped'], to: 'delivered', actors: ['system'], event: 'order.delivered', after: 'DELIVERY_CONFIRM_DEADLINE_DAYS' },
  complete: { from: ['delivered'], to: 'completed', actors: ['buyer'], event: 'order.completed' },
  auto_complete: { from: ['delivered'], to: 'completed', actors: ['system'], event: 'order.completed', after: 'AUTO_COMPLETE_DAYS' },
  open_dispute: { from: ['shipped', 'delivered'], to: 'disputed', actors: ['buyer'], guards: ['within_dispute_window'], event: 'order.disputed' },
  // A card-network chargeback reported by the provider.
  chargeback: { from: ['paid', 'shipped', 'delivered', 'completed'], to: 'disputed', actors: ['system'], event: 'order.disputed' },
  resolve_for_seller: { from: ['disputed'], to: 'completed', actors: ['staff', 'system'], event: 'order.completed' },
  refund: { from: ['paid', 'shipped', 'delivered', 'completed', 'disputed'], to: 'refunded', actors: ['staff', 'system'], event: 'order.refunded' },
} as const satisfies Record<string, TransitionRule>;

export type Command = keyof typeof TRANSITIONS;

export type TransitionResult =
  | { ok: true; from: OrderStatus; to: OrderStatus; event: string }
  // `facts_missing`: the command has guards and the caller loaded no facts for them (a bug, not a refusal by the guard).
  | { ok: false; error: 'actor_not_allowed' | 'invalid_transition' | 'facts_missing' | Guard };

/** Decides whether `actor` may apply `command` to an order in `status`, and what follows. */
export function transition(status: OrderStatus, command: Command, actor: Actor, facts?: GuardFacts): TransitionResult {
  const rule: TransitionRule = TRANSITIONS[command];
  if (!rule.actors.includes(actor)) return { ok: false, error: 'actor_not_allowed' };
  if (!rule.from.includes(status)) return { ok: false, error: 'invalid_transition' };
  if (rule.guards?.length) {
    // A guard without its facts refuses: unchecked is not passed.
    if (!facts) return { ok: false, error: 'facts_missing' };
    const failed = rule.guards.find((g) => !GUARDS[g](facts));
    if (failed) return { ok: false, error: failed };
  }
  return { ok: true, from: status, to: rule.to, event: rule.event };
}

const GUARDS: Record<Guard, (f: GuardFacts) => boolean> = {
  seller_can_accept_payments: (f) => f.sellerCanAcceptPayments,
  within_dispute_window: (f) => f.deliveredAt === null || f.now.getTime() - f.deliveredAt.getTime() <= f.disputeWindowDays * 86_400_000,
};

export function guardsOf(command: Command): readonly Guard[] {
  return (TRANSITIONS[command] as TransitionRule).guards ?? [];
}

/** The timed transitions that become due after an order enters `status`. */
export function timersOnEntering(status: OrderStatus): { command: Command; after: TimerSetting }[] {
  return (Object.entries(TRANSITIONS) as [Command, TransitionRule][])
    .filter(([, rule]) => rule.after && rule.from.includes(status))
    .map(([command, rule]) => ({ command, after: rule.after! }));
}

/**
 * Statuses that end the sale: no job scheduled before them applies any more. Work that follows
 * (a completed order's settlement, a later refund or chargeback) schedules itself afterwards.
 */
export const CLOSED_STATUSES: readonly OrderStatus[] = ['completed', 'refunded', 'cancelled'];

/** Statuses in which the buyer's money sits in the order's escrow. */
export const FUNDED_STATUSES: readonly OrderStatus[] = ['paid', 'shipped', 'delivered', 'completed', 'disputed'];
