import type { Money } from '../../modules/money/currencies';

/** The decline code for a payment method the provider does not know: a 422 on `payment_method`, not a 402. */
export const INVALID_PAYMENT_METHOD = 'invalid_payment_method';

export type ChargeResult =
  // `cardFingerprint`: the provider's id of the card behind the method (the same card gives the same
  // value across methods and customers), when the provider reports one.
  { status: 'succeeded'; reference: string; cardFingerprint?: string } | { status: 'declined'; declineCode: string; message: string };

/** A seller's account at the provider (a Stripe Connect account); the gates for selling and payouts. */
export interface SellerAccount {
  accountId: string;
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
}

/**
 * What Agora needs from a payment provider; Stripe and the sandbox both implement it. The model is
 * Stripe Connect's "separate charges and transfers": the buyer is charged on the platform, the
 * seller's share is transferred to the seller's account when escrow settles (the platform keeps its
 * fee), refunds go to the original charge, and a refund after settlement reverses the transfer.
 *
 * Every call that moves money takes an idempotency key (record id + attempt), so a retry after a
 * timeout or a crash never moves money twice. Calling `charge` again with the same key and inputs
 * returns the original outcome: that is how a crashed payment is recovered.
 */
export interface PaymentProvider {
  readonly name: string;
  /** True if the method token is one this provider can charge (unknown tokens are a client error). */
  knowsMethod(paymentMethod: string): boolean;
  /** Provider-side risk signal carried by the method, if any (Stripe Radar's elevated/highest). */
  riskSignal(paymentMethod: string): 'elevated' | 'highest' | null;
  /** Charges the buyer on the platform account; `transferGroup` ties later transfers to the order. */
  /**
   * Charges the buyer. `strongAuthentication` asks the card's issuer to authenticate the cardholder
   * (3-D Secure) — the risk ladder's step-up; a card whose issuer insists on a challenge the buyer
   * cannot complete server-side comes back declined `authentication_required`.
   */
  charge(input: { amount: Money; paymentMethod: string; idempotencyKey: string; description: string; transferGroup: string; strongAuthentication: boolean }): Promise<ChargeResult>;
  /** Refunds all or part of a charge to the original payment method. */
  refund(input: { reference: string; amount: Money; idempotencyKey: string }): Promise<{ reference: string }>;
  /** Moves the seller's share of a settled order to the seller's provider account. */
  transfer(input: { destination: string; amount: Money; transferGroup: string; idempotencyKey: string }): Promise<{ reference: string }>;
  /** Pulls back all or part of a transfer (a refund after settlement). */
  reverseTransfer(input: { reference: string; amount: Money; idempotencyKey: string }): Promise<{ reference: string }>;
  /** Pays out a seller's balance from their provider account to their bank. */
  payout(input: { destination: string; amount: Money; idempotencyKey: string }): Promise<{ reference: string }>;
  /** Opens a seller account (Connect account) for a user. */
  createSellerAccount(input: { userId: string; email: string; idempotencyKey: string }): Promise<SellerAccount>;
  /** A link where the seller completes onboarding (identity, bank) at the provider. */
  onboardingLink(input: { accountId: string; returnUrl: string; refreshUrl: string }): Promise<{ url: string; expiresAt: Date }>;
  /** The account as the provider sees it now (source of truth for the gates). */
  retrieveSellerAccount(accountId: string): Promise<SellerAccount>;
}
