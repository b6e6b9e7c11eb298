// The offer state machine: one declarative table, one pure transition function, and the pure rules
// on amounts. No I/O here.
//
// An offer is a negotiation between a buyer and a listing's seller. While `pending`, one party is
// awaited: the seller after the buyer's offer or counter, the buyer after the seller's counter. Only
// the awaited party may accept, decline or counter; the buyer may withdraw at any turn; the system
// expires a pending offer when its time runs out and supersedes the others on a listing when one is
// accepted.

export const OFFER_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn', 'expired', 'superseded'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];
export type OfferParty = 'buyer' | 'seller';
export type OfferActor = OfferParty | 'system';

/** Who may apply a rule: the party the offer awaits, the buyer whatever the turn, or the system. */
type Who = 'awaited' | 'buyer' | 'system';

interface OfferRule {
  from: readonly OfferStatus[];
  to: OfferStatus;
  by: Who;
  /** The outbox event (and history action) the rule causes. */
  event: string;
  action: 'countered' | 'accepted' | 'declined' | 'withdrawn' | 'expired' | 'superseded';
}

export const OFFER_TRANSITIONS = {
  counter: { from: ['pending'], to: 'pending', by: 'awaited', event: 'offer.countered', action: 'countered' },
  accept: { from: ['pending'], to: 'accepted', by: 'awaited', event: 'offer.accepted', action: 'accepted' },
  decline: { from: ['pending'], to: 'declined', by: 'awaited', event: 'offer.declined', action: 'declined' },
  withdraw: { from: ['pending'], to: 'withdrawn', by: 'buyer', event: 'offer.withdrawn', action: 'withdrawn' },
  expire: { from: ['pending'], to: 'expired', by: 'system', event: 'offer.expired', action: 'expired' },
  // Another offer on the listing was accepted.
  supersede: { from: ['pending'], to: 'superseded', by: 'system', event: 'offer.superseded', action: 'superseded' },
} as const satisfies Record<string, OfferRule>;

export type OfferCommand = keyof typeof OFFER_TRANSITIONS;

export interface OfferState {
  status: OfferStatus;
  awaiting: OfferParty | null;
}

export type OfferTransition =
  | { ok: true; to: OfferStatus; awaiting: OfferParty | null; event: string; action: OfferRule['action'] }
  | { ok: false; error: 'actor_not_allowed' | 'invalid_transition' | 'not_your_turn' };

export const otherParty = (party: OfferParty): OfferParty => (party === 'buyer' ? 'seller' : 'buyer');

/** Decides whether `actor` may apply `command` to an offer in `state`, and what follows. */
export function transitionOffer(state: OfferState, command: OfferCommand, actor: OfferActor): OfferTransition {
  const rule: OfferRule = OFFER_TRANSITIONS[command];
  if (rule.by === 'system' ? actor !== 'system' : actor === 'system' || (rule.by === 'buyer' && actor !== 'buyer')) return { ok: false, error: 'actor_not_allowed' };
  if (!rule.from.includes(state.status)) return { ok: false, error: 'invalid_transition' };
  if (rule.by === 'awaited' && state.awaiting !== actor) return { ok: false, error: 'not_your_turn' };
  // A counter hands the turn to the other party; every other rule ends the negotiation.
  const awaiting = rule.to === 'pending' ? otherParty(actor as OfferParty) : null;
  return { ok: true, to: rule.to, awaiting, event: rule.event, action: rule.action };
}

export type AmountVerdict = { ok: true } | { ok: false; error: 'offer_too_low' | 'offer_not_below_price' | 'counter_not_between'; detail: string };

/** The lowest amount one may offer on a listing priced `price`: `floorPercent` of it, rounded up. */
export function offerFloor(price: number, floorPercent: number): number {
  return Math.ceil((price * floorPercent) / 100);
}

/**
 * Whether `amount` may be proposed on a listing priced `price`: at least the floor (against low-ball
 * spam) and below the price (at the price the buyer just buys it). A counter must also move towards
 * the other party: the seller's above the buyer's last amount, the buyer's below the seller's.
 */
export function checkAmount(amount: number, price: number, floorPercent: number, counter?: { by: OfferParty; current: number }): AmountVerdict {
  const floor = offerFloor(price, floorPercent);
  if (amount < floor) return { ok: false, error: 'offer_too_low', detail: `must be at least ${floor} (${floorPercent}% of the price)` };
  if (amount >= price) return { ok: false, error: 'offer_not_below_price', detail: `must be below the price (${price}): at the price, buy the listing instead` };
  if (counter?.by === 'seller' && amount <= counter.current)
    return { ok: false, error: 'counter_not_between', detail: `must be above the buyer's ${counter.current}: accept it instead` };
  if (counter?.by === 'buyer' && amount >= counter.current)
    return { ok: false, error: 'counter_not_between', detail: `must be below the seller's ${counter.current}: accept it instead` };
  return { ok: true };
}
