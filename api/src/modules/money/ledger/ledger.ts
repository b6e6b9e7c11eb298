// Double-entry bookkeeping, pure part: transfers between accounts expand into signed postings
// (credit positive) that sum to zero per currency. The database re-checks this at commit.

import { InvalidTransfer } from './ledger.errors';

export type AccountKind = 'external' | 'escrow' | 'escrow_fee' | 'available' | 'platform_fee';

export interface AccountRef {
  code: string;
  kind: AccountKind;
  ownerId?: string;
  orderId?: string;
}

export const accounts = {
  /** The payment provider's side: money entering and leaving the platform. May go negative. */
  psp: (): AccountRef => ({ code: 'external:psp', kind: 'external' }),
  /** Per-order escrow of the seller's share; its balance is the seller's `pending`. */
  escrow: (orderId: string, sellerId: string): AccountRef => ({ code: `escrow:${orderId}`, kind: 'escrow', ownerId: sellerId, orderId }),
  /** Per-order escrow of the platform fee, earned only when the order settles. */
  escrowFee: (orderId: string): AccountRef => ({ code: `escrow_fee:${orderId}`, kind: 'escrow_fee', orderId }),
  available: (userId: string): AccountRef => ({ code: `available:${userId}`, kind: 'available', ownerId: userId }),
  platformFees: (): AccountRef => ({ code: 'platform:fees', kind: 'platform_fee' }),
};

export interface Transfer {
  from: AccountRef;
  to: AccountRef;
  amount: number;
  currency: string;
}

export interface Posting {
  account: AccountRef;
  amount: number;
  currency: string;
}

export function toPostings(transfers: readonly Transfer[]): Posting[] {
  if (transfers.length === 0) throw new InvalidTransfer('A transaction needs at least one transfer');
  const postings: Posting[] = [];
  for (const t of transfers) {
    if (!Number.isSafeInteger(t.amount) || t.amount <= 0) throw new InvalidTransfer(`A transfer amount must be a positive integer, got ${t.amount}`);
    if (t.from.code === t.to.code) throw new InvalidTransfer(`A transfer from ${t.from.code} to itself`);
    postings.push({ account: t.from, amount: -t.amount, currency: t.currency }, { account: t.to, amount: t.amount, currency: t.currency });
  }
  return postings;
}

/** Sum of signed amounts per currency; a valid transaction has every sum at zero. */
export function sumsByCurrency(postings: readonly Posting[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const p of postings) sums.set(p.currency, (sums.get(p.currency) ?? 0) + p.amount);
  return sums;
}
