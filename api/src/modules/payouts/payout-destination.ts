import type { AppContext } from '../../context';
import { AppError } from '../../http/errors';

/** The seller's provider account that receives transfers; payouts need it to be payout-enabled. */
export async function payoutDestination(ctx: AppContext, userId: string): Promise<string> {
  const account = await ctx.payments.createSellerAccount({ userId, email: '', idempotencyKey: `seller:${userId}` });
  if (!account.payoutsEnabled) throw new AppError(409, 'seller_onboarding_required', 'Finish onboarding with the payment provider before requesting payouts');
  return account.accountId;
}
