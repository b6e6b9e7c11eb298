import { type Transaction, sql } from 'kysely';
import type { Config } from '../../../config';
import type { DB, OrderRow } from '../../../db/schema';
import { userColumn } from '../users';
import { type RefundOptions, arrangeEscrowSettlement, refundPayment, settleEscrowIfDue } from '../../money/settlement';
import { completedSalesOf } from './order-columns';
import { type Order, addRefunded, markFundsReleased } from './orders.repository';

// Settlement moves an order's money; the order row records what it did. These are the functions
// other modules call, so that only this module writes `orders`.

/** How far back a seller's fault cancellations count against them. */
const FAULT_WINDOW_MS = 90 * 86_400_000;

/** What the seller's payout hold weighs: their account's age, completed sales, and paid orders they (or the system) cancelled lately. */
function sellerTrackRecord(trx: Transaction<DB>, order: Pick<OrderRow, 'id' | 'seller_id'>, now: Date) {
  return trx
    .selectFrom('orders')
    .select([
      userColumn('created_at', 'orders.seller_id').as('created_at'),
      completedSalesOf(order.seller_id).as('completed_sales'),
      // Literals, so that a prepared (generic) plan can use the partial index on paid → cancelled.
      (eb) =>
        eb
          .selectFrom('order_status_history as h')
          .innerJoin('orders as o', 'o.id', 'h.order_id')
          .select(eb.fn.countAll<string>().as('n'))
          .where('o.seller_id', '=', order.seller_id)
          .where('h.to_status', '=', sql.lit('cancelled'))
          .where('h.from_status', '=', sql.lit('paid'))
          .where((w) => w.or([w('h.actor_type', '=', 'seller'), w('h.actor_type', '=', 'system')]))
          .where('h.created_at', '>', new Date(now.getTime() - FAULT_WINDOW_MS))
          .as('fault_cancellations'),
    ])
    .where('orders.id', '=', order.id)
    .executeTakeFirstOrThrow();
}

/** Arranges a completed order's settlement (settling now if its payout hold is already over). */
export async function arrangeSettlement(trx: Transaction<DB>, config: Config, order: Order, now: Date) {
  const seller = await sellerTrackRecord(trx, order, now);
  const plan = await arrangeEscrowSettlement(trx, config, order, seller, now);
  if (plan.settledNow) await markFundsReleased(trx, order.id, now);
  return plan;
}

/** Settles a completed, unheld order whose payout hold has passed; returns whether it settled. */
export async function settleIfDue(trx: Transaction<DB>, order: Order, now: Date): Promise<boolean> {
  const settled = await settleEscrowIfDue(trx, order, now);
  if (settled) await markFundsReleased(trx, order.id, now);
  return settled;
}

/** Refunds the buyer (see refundPayment) and adds what went back to the order's refunded amount. */
export async function refundOrder(trx: Transaction<DB>, order: Order, opts: RefundOptions): Promise<{ refunded: number; operationId: string | null }> {
  const refund = await refundPayment(trx, order, opts);
  if (!refund) return { refunded: 0, operationId: null };
  await addRefunded(trx, order.id, refund.refunded, opts.now);
  return refund;
}
