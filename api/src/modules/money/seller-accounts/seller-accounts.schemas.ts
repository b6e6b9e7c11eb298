import { z } from 'zod';

const WebUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2048, 'must be at most 2048 characters');

export const OpenSellerAccountBody = z.strictObject({
  /** Where the provider sends the seller after onboarding. */
  return_url: WebUrl,
  /** Where an expired onboarding link sends the seller (to ask for a new one); defaults to return_url. */
  refresh_url: WebUrl.optional(),
});

export const SellerAccountResponse = z.object({
  account_id: z.string(),
  charges_enabled: z.boolean(),
  payouts_enabled: z.boolean(),
});

export const OpenSellerAccountResponse = SellerAccountResponse.extend({ onboarding_url: z.string() });
