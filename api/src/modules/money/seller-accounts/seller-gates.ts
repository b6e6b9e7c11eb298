import type { Kysely } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB } from '../../../db/schema';
import { findSellerAccount } from './seller-accounts.repository';

// The sandbox verifies every seller on demand; a real provider decides per account (Stripe's
// charges_enabled / payouts_enabled), and only an account at the provider in use counts.

/** May the seller list items and be paid for them? */
export async function sellerCanAcceptPayments(ctx: AppContext, db: Kysely<DB>, userId: string): Promise<boolean> {
  if (ctx.payments.name === 'sandbox') return true;
  const account = await findSellerAccount(db, userId);
  return account?.provider === ctx.payments.name && account.charges_enabled;
}

/** May the seller's balance be paid out to their bank? */
export async function sellerCanReceivePayouts(ctx: AppContext, db: Kysely<DB>, userId: string): Promise<boolean> {
  if (ctx.payments.name === 'sandbox') return true;
  const account = await findSellerAccount(db, userId);
  return account?.provider === ctx.payments.name && account.payouts_enabled;
}
