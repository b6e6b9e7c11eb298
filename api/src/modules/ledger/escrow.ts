import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { accounts } from './ledger';
import { accountBalance, postTransaction } from './ledger.repository';

export interface EscrowOrder {
  id: string;
  seller_id: string;
  amount: number;
  fee_amount: number;
  currency: string;
}

// Each movement carries a unique reference per order, so a retried step fails loudly instead of
// moving money twice.

/** Captured payment: the seller's share and the fee wait in the order's escrow. */
export function captureToEscrow(trx: Transaction<DB>, order: EscrowOrder, now: Date): Promise<string> {
  const transfers = [{ from: accounts.psp(), to: accounts.escrow(order.id, order.seller_id), amount: order.amount - order.fee_amount, currency: order.currency }];
  if (order.fee_amount > 0) transfers.push({ from: accounts.psp(), to: accounts.escrowFee(order.id), amount: order.fee_amount, currency: order.currency });
  return postTransaction(trx, { kind: 'payment_captured', orderId: order.id, reference: `capture:${order.id}`, createdAt: now, transfers });
}

/** Settlement: the seller's share becomes available, the platform earns its fee. */
export async function releaseEscrow(trx: Transaction<DB>, order: EscrowOrder, now: Date): Promise<string> {
  const { escrow, fee } = await escrowBalances(trx, order);
  const transfers = [];
  if (escrow > 0) transfers.push({ from: accounts.escrow(order.id, order.seller_id), to: accounts.available(order.seller_id), amount: escrow, currency: order.currency });
  if (fee > 0) transfers.push({ from: accounts.escrowFee(order.id), to: accounts.platformFees(), amount: fee, currency: order.currency });
  return postTransaction(trx, { kind: 'escrow_released', orderId: order.id, reference: `release:${order.id}`, createdAt: now, transfers });
}

/** Full refund to the buyer's original payment: everything left in escrow goes back out. */
export async function refundEscrow(trx: Transaction<DB>, order: EscrowOrder, now: Date): Promise<string> {
  const { escrow, fee } = await escrowBalances(trx, order);
  const transfers = [];
  if (escrow > 0) transfers.push({ from: accounts.escrow(order.id, order.seller_id), to: accounts.psp(), amount: escrow, currency: order.currency });
  if (fee > 0) transfers.push({ from: accounts.escrowFee(order.id), to: accounts.psp(), amount: fee, currency: order.currency });
  return postTransaction(trx, { kind: 'refund', orderId: order.id, reference: `refund:${order.id}`, createdAt: now, transfers });
}

async function escrowBalances(trx: Transaction<DB>, order: EscrowOrder) {
  return {
    escrow: await accountBalance(trx, accounts.escrow(order.id, order.seller_id).code, order.currency),
    fee: await accountBalance(trx, accounts.escrowFee(order.id).code, order.currency),
  };
}
