import { createHash } from 'node:crypto';
import type { ChargeResult, PaymentProvider } from './payment-provider';

// Test methods mirror Stripe's test PaymentMethod tokens, so client code written against the sandbox
// behaves the same against Stripe in test mode.
const METHODS: Record<string, { outcome: 'succeed' | 'decline' | 'authenticate'; risk: 'elevated' | 'highest' | null }> = {
  pm_card_visa: { outcome: 'succeed', risk: null },
  pm_card_mastercard: { outcome: 'succeed', risk: null },
  pm_card_amex: { outcome: 'succeed', risk: null },
  pm_card_chargeDeclined: { outcome: 'decline', risk: null },
  pm_card_riskLevelElevated: { outcome: 'succeed', risk: 'elevated' },
  pm_card_radarBlock: { outcome: 'succeed', risk: 'highest' },
  // An issuer that challenges every payment: server-side confirmation cannot complete it.
  pm_card_authenticationRequired: { outcome: 'authenticate', risk: null },
};

// The magic methods above are test tokens every test user shares, so they carry no card identity.
// `pm_card_fp_<token>` is a sandbox-only succeeding card whose fingerprint is `<token>`: two users
// paying with the same token paid with "the same card".
const FINGERPRINTED = /^pm_card_fp_([A-Za-z0-9]{1,64})$/;

/** Deterministic references per idempotency key: repeating a call returns the same charge. */
const referenceFor = (prefix: string, key: string) => `${prefix}_${createHash('sha256').update(key).digest('hex').slice(0, 24)}`;

export function createSandboxProvider(): PaymentProvider {
  return {
    name: 'sandbox',
    knowsMethod: (method) => Object.hasOwn(METHODS, method) || FINGERPRINTED.test(method),
    riskSignal: (method) => METHODS[method]?.risk ?? null,
    async charge({ paymentMethod, idempotencyKey }): Promise<ChargeResult> {
      const fingerprint = FINGERPRINTED.exec(paymentMethod)?.[1];
      if (fingerprint) return { status: 'succeeded', reference: referenceFor('ch_sandbox', idempotencyKey), cardFingerprint: fingerprint };
      const method = METHODS[paymentMethod];
      if (!method || method.outcome === 'decline') {
        return { status: 'declined', declineCode: 'generic_decline', message: 'Your card was declined.' };
      }
      if (method.outcome === 'authenticate') {
        return { status: 'declined', declineCode: 'authentication_required', message: 'This card requires authentication.' };
      }
      return { status: 'succeeded', reference: referenceFor('ch_sandbox', idempotencyKey) };
    },
    async refund({ idempotencyKey }) {
      return { reference: referenceFor('re_sandbox', idempotencyKey) };
    },
    async transfer({ idempotencyKey }) {
      return { reference: referenceFor('tr_sandbox', idempotencyKey) };
    },
    async reverseTransfer({ idempotencyKey }) {
      return { reference: referenceFor('trr_sandbox', idempotencyKey) };
    },
    async payout({ idempotencyKey }) {
      return { reference: referenceFor('po_sandbox', idempotencyKey) };
    },
    // Sandbox sellers are verified the moment they ask.
    async createSellerAccount({ idempotencyKey }) {
      return { accountId: referenceFor('acct_sandbox', idempotencyKey), chargesEnabled: true, payoutsEnabled: true };
    },
    async onboardingLink({ returnUrl }) {
      return { url: returnUrl, expiresAt: new Date(Date.now() + 300_000) };
    },
    async retrieveSellerAccount(accountId) {
      return { accountId, chargesEnabled: true, payoutsEnabled: true };
    },
  };
}
