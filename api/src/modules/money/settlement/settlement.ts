import type { Transaction } from 'kysely';
import type { Config } from '../../../config';
import type { DB, OrderRow } from '../../../db/schema';
import { conflict } from '../../../errors';
import { accountBalance, accounts, escrowOf, holdOf, postHold, postTransaction, refundFromEscrow, setSettleAfter, splitGross, voidHold } from '../ledger';
import { toAmount } from '../currencies';
import { payoutHold, reversePayouts } from '../payouts';
import { enqueueProviderOperation } from '../payments';
import { scheduleJob } from '../../platform/scheduler';
import { assessPayoutSeller } from '../../risk/seller-risk';

// What happens to an order's money after payment: settlement to the seller after a risk-adaptive
// hold, and refunds — out of escrow while the hold is pending, out of the seller's balance (reversing
// payouts if needed) once it has settled. Each refund queues the provider refund in the same
// transaction; callers run the returned operations after commit. The order row is the orders
// module's: it wraps these functions and records on the order what they did (funds released, amount
// refunded), so this module never writes `orders`.

const DAY_MS = 86_400_000;

export interface SettlementPlan {
  settleAfter: Date;
  holdDays: number;
  reasons: string[];
}

/** What the payout hold weighs about the seller (the orders module reads it, see `sellerTrackRecord`). */
export interface SellerRecord {
  created_at: Date;
  completed_sales: number | null;
  fault_cancellations: string | null;
}

/** Called when an order completes: fixes when its escrow may settle and schedules it (`settledNow`: posted already). */
export async function arrangeEscrowSettlement(
  trx: Transaction<DB>,
  config: Config,
  order: OrderRow,
  facts: SellerRecord,
  now: Date,
): Promise<SettlementPlan & { settledNow: boolean }> {
  // Non-delivery and mule sellers show in the seller's history, not the buyer's payment.
  const sellerRisk = await assessPayoutSeller(trx, config, order, now);
  const hold = payoutHold(
    {
      sellerAgeDays: (now.getTime() - facts.created_at.getTime()) / DAY_MS,
      completedSales: Number(facts.completed_sales ?? 0),
      sellerFaultCancellations: Number(facts.fault_cancellations ?? 0),
      riskScore: order.risk_score,
      sellerRiskScore: sellerRisk.score,
    },
    {
      baseDays: config.PAYOUT_HOLD_BASE_DAYS,
      newSellerDays: config.PAYOUT_HOLD_NEW_SELLER_DAYS,
      lowTrustDays: config.PAYOUT_HOLD_LOW_TRUST_DAYS,
      highRiskDays: config.PAYOUT_HOLD_HIGH_RISK_DAYS,
      highRiskScore: config.PAYOUT_HOLD_HIGH_RISK_SCORE,
      sellerRiskDays: config.SELLER_RISK_HOLD_DAYS,
      sellerRiskScore: config.SELLER_RISK_HOLD_SCORE,
      maxDays: config.PAYOUT_HOLD_MAX_DAYS,
    },
  );
  const settleAfter = new Date(now.getTime() + hold.days * DAY_MS);
  await setSettleAfter(trx, order.id, settleAfter);
  // A hold that has not passed cannot settle: skip settleIfDue's read of it.
  const settledNow = settleAfter <= now && (await settleEscrowIfDue(trx, order, now));
  if (!settledNow && !order.funds_held) await scheduleSettlement(trx, order.id, settleAfter, now);
  return { settleAfter, holdDays: hold.days, reasons: hold.reasons, settledNow };
}

/** The scheduler job that settles an order (see SETTLE_JOB's handler in jobs.ts). */
export const SETTLE_JOB = 'settle';

export async function scheduleSettlement(trx: Transaction<DB>, orderId: string, dueAt: Date, now: Date): Promise<void> {
  await scheduleJob(trx, { kind: SETTLE_JOB, orderId, dueAt }, now);
}

/**
 * Posts the order's hold to the seller when it is completed, not held by a case or chargeback, and
 * its payout hold has passed. Returns whether it settled (the caller marks the order's funds released).
 */
export async function settleEscrowIfDue(trx: Transaction<DB>, order: OrderRow, now: Date): Promise<boolean> {
  if (order.status !== 'completed' || order.funds_held) return false;
  const hold = await holdOf(trx, order.id);
  if (hold?.status !== 'pending' || !hold.settle_after || hold.settle_after > now) return false;
  await postHold(trx, escrowOf(order), 'all', now);
  return true;
}

export interface RefundOptions {
  gross?: number;
  reference: string;
  now: Date;
  resolve: boolean;
  /** false when the money already went back through the provider (a lost chargeback). */
  providerRefund?: boolean;
}

/**
 * Refunds `gross` (or everything not yet refunded) of an order to the buyer's original payment and
 * queues the provider refund. `resolve` ends a pending hold (voiding it) instead of leaving the rest
 * in escrow. Returns what was refunded (the caller adds it to the order's refunded amount) and the
 * provider operation id (null when nothing was left to refund), or null when the order has no hold.
 */
export async function refundPayment(trx: Transaction<DB>, order: OrderRow, opts: RefundOptions): Promise<{ refunded: number; operationId: string | null } | null> {
  const escrow = escrowOf(order);
  const hold = await holdOf(trx, order.id);
  if (!hold) return null;
  const refundable = toAmount(order.amount) - toAmount(order.refunded_amount);
  const gross = opts.gross ?? refundable;
  if (gross <= 0 || gross > refundable) throw conflict('refund_exceeds_refundable', `Cannot refund ${gross} of this order: ${refundable} is refundable`);
  let refunded: number;
  if (hold.status === 'pending') {
    if (opts.resolve && gross === refundable) refunded = await voidHold(trx, escrow, opts.now);
    else {
      await refundFromEscrow(trx, escrow, gross, opts.reference, opts.now);
      refunded = gross;
    }
  } else {
    refunded = gross;
    await refundSettled(trx, order, gross, opts.reference, opts.now);
  }
  if (refunded === 0 || !order.payment_ref || opts.providerRefund === false) return { refunded, operationId: null };
  const operationId = await enqueueProviderOperation(trx, {
    idempotencyKey: `refund:${opts.reference}`,
    orderId: order.id,
    now: opts.now,
    request: { kind: 'refund', reference: order.payment_ref, amount: { amount: refunded, currency: order.currency } },
  });
  return { refunded, operationId };
}

/** A refund after settlement: from the seller's available balance (reversing payouts if it is short) and the platform's fee. */
async function refundSettled(trx: Transaction<DB>, order: OrderRow, gross: number, reference: string, now: Date): Promise<void> {
  const escrow = escrowOf(order);
  const part = splitGross(gross, escrow, { net: Number.MAX_SAFE_INTEGER, fee: Number.MAX_SAFE_INTEGER });
  const available = await accountBalance(trx, accounts.available(order.seller_id).code, order.currency);
  if (available < part.net) {
    const uncovered = await reversePayouts(trx, order.seller_id, order.currency, part.net - available, reference, now);
    if (uncovered > 0) throw conflict('seller_cannot_cover_refund', `The seller cannot cover a refund of ${part.net}: ${uncovered} is uncovered`);
  }
  const transfers = [{ from: accounts.available(order.seller_id), to: accounts.psp(), amount: part.net, currency: order.currency }];
  if (part.fee > 0) transfers.push({ from: accounts.platformFees(), to: accounts.psp(), amount: part.fee, currency: order.currency });
  await postTransaction(trx, { kind: 'refund', orderId: order.id, reference, createdAt: now, transfers });
}
