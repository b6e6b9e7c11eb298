import type { AppContext } from '../../../context';
import { conflict } from '../../../errors';
import { findSellerAccount, sellerCanReceivePayouts } from '../seller-accounts';

/** The seller's provider account that receives transfers; payouts need it to be payout-enabled. */
export async function payoutDestination(ctx: AppContext, userId: string): Promise<string> {
  if (!(await sellerCanReceivePayouts(ctx, ctx.db, userId))) {
    throw conflict('seller_onboarding_required', 'Finish onboarding with the payment provider before requesting payouts');
  }
  const account = await findSellerAccount(ctx.db, userId);
  if (account) return account.account_id;
  // The sandbox verifies every seller; its account id is derived from the user.
  return (await ctx.payments.createSellerAccount({ userId, email: '', idempotencyKey: `seller:${userId}` })).accountId;
}
