import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import { toAmount } from '../currencies';
import { accounts, type Transfer } from './ledger';
import { EscrowExceeded, HoldNotPending } from './ledger.errors';
import { accountBalances, postTransaction } from './ledger.repository';

export interface EscrowOrder {
  id: string;
  seller_id: string;
  amount: number;
  fee_amount: number;
  currency: string;
}

/** The escrow view of an order row: amounts as numbers. */
export function escrowOf(order: Pick<EscrowOrder, 'id' | 'seller_id' | 'currency'> & { amount: string | number | bigint; fee_amount: string | number | bigint }): EscrowOrder {
  return { id: order.id, seller_id: order.seller_id, amount: toAmount(order.amount), fee_amount: toAmount(order.fee_amount), currency: order.currency };
}

// The buyer's payment waits in two per-order accounts — the seller's share in `escrow:<order>`, the
// platform fee in `escrow_fee:<order>` — under a two-phase hold (escrow_holds) that resolves exactly
// once: posted (all or part to the seller, the rest back to the buyer) or voided (all back). Agreed
// partial refunds may take money out of a pending hold first. Every movement carries a unique
// reference, so a retried step fails loudly instead of moving money twice.

/** Captured payment: the money enters escrow and a pending hold is opened on it. */
export async function captureToEscrow(trx: Transaction<DB>, order: EscrowOrder, now: Date): Promise<string> {
  const transfers = [{ from: accounts.psp(), to: accounts.escrow(order.id, order.seller_id), amount: order.amount - order.fee_amount, currency: order.currency }];
  if (order.fee_amount > 0) transfers.push({ from: accounts.psp(), to: accounts.escrowFee(order.id), amount: order.fee_amount, currency: order.currency });
  const id = await postTransaction(trx, { kind: 'payment_captured', orderId: order.id, reference: `capture:${order.id}`, createdAt: now, transfers });
  await trx.insertInto('escrow_holds').values({ order_id: order.id, currency: order.currency, amount: order.amount, status: 'pending', created_at: now }).execute();
  return id;
}

/** When a pending hold may settle (fixed when its order completes). */
export async function setSettleAfter(trx: Transaction<DB>, orderId: string, settleAfter: Date): Promise<void> {
  await trx.updateTable('escrow_holds').set({ settle_after: settleAfter }).where('order_id', '=', orderId).where('status', '=', 'pending').execute();
}

export type HoldStatus = 'pending' | 'posted' | 'voided';

export async function lockHold(trx: Transaction<DB>, orderId: string) {
  return trx.selectFrom('escrow_holds').selectAll().where('order_id', '=', orderId).forUpdate().executeTakeFirst();
}

/** What is left in escrow: the seller's share and the fee. */
export async function escrowBalances(trx: Transaction<DB>, order: EscrowOrder) {
  const net = accounts.escrow(order.id, order.seller_id).code;
  const fee = accounts.escrowFee(order.id).code;
  const balances = await accountBalances(trx, [net, fee], order.currency);
  return { net: balances.get(net) ?? 0, fee: balances.get(fee) ?? 0 };
}

/**
 * Splits `gross` of what escrow holds into seller share and fee, keeping the order's fee ratio and
 * never taking more from either account than it holds.
 */
export function splitGross(gross: number, order: EscrowOrder, held: { net: number; fee: number }): { net: number; fee: number } {
  let fee = Math.min(held.fee, Number((BigInt(gross) * BigInt(order.fee_amount)) / BigInt(order.amount)));
  let net = gross - fee;
  if (net > held.net) {
    fee += net - held.net;
    net = held.net;
  }
  if (fee > held.fee) throw new EscrowExceeded(gross, held.net + held.fee);
  return { net, fee };
}

function outOfEscrow(order: EscrowOrder, part: { net: number; fee: number }, to: { net: ReturnType<typeof accounts.psp>; fee: ReturnType<typeof accounts.psp> }): Transfer[] {
  const transfers: Transfer[] = [];
  if (part.net > 0) transfers.push({ from: accounts.escrow(order.id, order.seller_id), to: to.net, amount: part.net, currency: order.currency });
  if (part.fee > 0) transfers.push({ from: accounts.escrowFee(order.id), to: to.fee, amount: part.fee, currency: order.currency });
  return transfers;
}

async function pendingHold(trx: Transaction<DB>, orderId: string) {
  const hold = await lockHold(trx, orderId);
  if (!hold) throw new HoldNotPending('missing');
  if (hold.status !== 'pending') throw new HoldNotPending(hold.status);
  return hold;
}

/** A partial refund out of a still-pending hold (agreed by both parties, or part of a split). */
export async function refundFromEscrow(trx: Transaction<DB>, order: EscrowOrder, gross: number, reference: string, now: Date): Promise<string> {
  await pendingHold(trx, order.id);
  const held = await escrowBalances(trx, order);
  if (gross > held.net + held.fee) throw new EscrowExceeded(gross, held.net + held.fee);
  const part = splitGross(gross, order, held);
  return postTransaction(trx, { kind: 'refund', orderId: order.id, reference, createdAt: now, transfers: outOfEscrow(order, part, { net: accounts.psp(), fee: accounts.psp() }) });
}

/**
 * Resolves the hold by posting `gross` of it to the seller (fee to the platform) and refunding the
 * rest to the buyer's original payment. `gross` = everything left settles fully.
 * Returns the amount refunded (0 for a full post).
 */
export async function postHold(trx: Transaction<DB>, order: EscrowOrder, gross: number | 'all', now: Date): Promise<{ posted: number; refunded: number }> {
  await pendingHold(trx, order.id);
  const held = await escrowBalances(trx, order);
  const total = held.net + held.fee;
  const toSeller = gross === 'all' ? total : gross;
  if (toSeller < 0 || toSeller > total) throw new EscrowExceeded(toSeller, total);
  const settled = splitGross(toSeller, order, held);
  const transfers = [
    ...outOfEscrow(order, settled, { net: accounts.available(order.seller_id), fee: accounts.platformFees() }),
    ...outOfEscrow(order, { net: held.net - settled.net, fee: held.fee - settled.fee }, { net: accounts.psp(), fee: accounts.psp() }),
  ];
  if (transfers.length > 0) await postTransaction(trx, { kind: 'escrow_released', orderId: order.id, reference: `release:${order.id}`, createdAt: now, transfers });
  await trx.updateTable('escrow_holds').set({ status: 'posted', posted_amount: toSeller, resolved_at: now }).where('order_id', '=', order.id).execute();
  return { posted: toSeller, refunded: total - toSeller };
}

/** Resolves the hold by returning everything left to the buyer. Returns the amount refunded. */
export async function voidHold(trx: Transaction<DB>, order: EscrowOrder, now: Date): Promise<number> {
  await pendingHold(trx, order.id);
  const held = await escrowBalances(trx, order);
  const transfers = outOfEscrow(order, held, { net: accounts.psp(), fee: accounts.psp() });
  if (transfers.length > 0) await postTransaction(trx, { kind: 'refund', orderId: order.id, reference: `void:${order.id}`, createdAt: now, transfers });
  await trx.updateTable('escrow_holds').set({ status: 'voided', posted_amount: 0, resolved_at: now }).where('order_id', '=', order.id).execute();
  return held.net + held.fee;
}

export async function holdOf(db: Pick<Transaction<DB>, 'selectFrom'>, orderId: string) {
  const hold = await db.selectFrom('escrow_holds').selectAll().where('order_id', '=', orderId).executeTakeFirst();
  return hold && { ...hold, amount: toAmount(hold.amount) };
}
