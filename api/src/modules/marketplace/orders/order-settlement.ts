import type { Transaction } from 'kysely';
import type { Config } from '../../../config';
import type { DB } from '../../../db/schema';
import { type RefundOptions, arrangeEscrowSettlement, refundPayment, settleEscrowIfDue } from '../../money/settlement';
import { type Order, addRefunded, markFundsReleased, sellerTrackRecord } from './orders.repository';

const DAY_MS = 86_400_000;

// Settlement moves an order's money; the order row records what it did. These are the functions
// other modules call, so that only this module writes `orders`.

/** Arranges a completed order's settlement (settling now if its payout hold is already over). */
export async function arrangeSettlement(trx: Transaction<DB>, config: Config, order: Order, now: Date) {
  const seller = await sellerTrackRecord(trx, order, new Date(now.getTime() - 90 * DAY_MS));
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
