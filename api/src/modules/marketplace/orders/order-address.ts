// Who sees an order's shipping address, when. Pure. The buyer always sees the address they gave; the
// seller from payment until the sale is closed: through shipping, delivery and any dispute, and after
// completion for the dispute window (a return or a claim may still need it) — then it is hidden again.

import type { OrderStatus } from './order';

export type AddressHiddenReason = 'not_paid' | 'order_closed' | 'dispute_window_passed';

const NOT_PAID: readonly OrderStatus[] = ['initiated', 'pending_payment'];
const CLOSED_UNSOLD: readonly OrderStatus[] = ['cancelled', 'refunded'];

/** Null when the seller may see the address now, else why not. */
export function addressHiddenFromSeller(o: { status: OrderStatus; completedAt: Date | null }, now: Date, disputeWindowDays: number): AddressHiddenReason | null {
  if (NOT_PAID.includes(o.status)) return 'not_paid';
  if (CLOSED_UNSOLD.includes(o.status)) return 'order_closed';
  if (o.status === 'completed' && o.completedAt && now.getTime() > o.completedAt.getTime() + disputeWindowDays * 86_400_000) return 'dispute_window_passed';
  return null;
}
