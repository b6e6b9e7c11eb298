import Stripe from 'stripe';
import type { Money } from '../../modules/money/currencies';
import { type ChargeResult, INVALID_PAYMENT_METHOD, PaymentProvider, SellerAccount } from './payment-provider';

/** A chargeback as the provider reports it now, reduced to what Agora decides on. */
export interface ProviderDispute {
  id: string;
  /** The PaymentIntent charged: what `charge()` returned as `reference`. */
  paymentIntent: string | null;
  status: 'open' | 'won' | 'lost';
  /** Stripe's own status (needs_response, under_review, …), kept for the audit trail. */
  providerStatus: string;
  reason: string;
  amount: Money;
}

export interface StripeWebhookEvent {
  id: string;
  type: string;
  created: Date;
  /** The id of `data.object` (an account, a dispute, …): handlers re-fetch it rather than trust the snapshot. */
  objectId: string | null;
}

export type WebhookVerification = { ok: true; event: StripeWebhookEvent } | { ok: false; reason: string };

/** The provider contract plus what only Stripe's webhooks need. */
export interface StripeProvider extends PaymentProvider {
  readonly name: 'stripe';
  retrieveDispute(id: string): Promise<ProviderDispute>;
  verifyWebhook(payload: Buffer, signature: string | undefined, receivedAt: Date): WebhookVerification;
}

export const isStripeProvider = (provider: PaymentProvider): provider is StripeProvider => provider.name === 'stripe';

export interface StripeProviderOptions {
  secretKey: string;
  /**
   * Signing secrets of the webhook endpoints that deliver here: Stripe signs platform events (disputes)
   * and Connect events (account.updated) per endpoint, and a rolled secret overlaps its successor.
   */
  webhookSecrets: readonly string[];
  /** Another API origin (a local fake in tests); api.stripe.com when absent. */
  apiBase?: string;
  timeoutMs?: number;
}

// Stripe's recommended tolerance: a captured delivery cannot be replayed after five minutes.
const WEBHOOK_TOLERANCE_SECONDS = 300;

// Stripe's closed statuses; anything else (needs_response, under_review, appeals, …) is still open.
// An inquiry closed without a chargeback is a win; a prevented one (Visa RDR) was refunded to the
// cardholder, so for the seller it is a loss.
const CLOSED_STATUSES: Record<string, 'won' | 'lost'> = { won: 'won', warning_closed: 'won', lost: 'lost', prevented: 'lost' };

const toStripeCurrency = (money: Money) => money.currency.toLowerCase();
const idOf = (value: string | { id: string } | null | undefined) => (typeof value === 'string' ? value : (value?.id ?? null));

/**
 * The card's fingerprint (the same card gives the same value across customers). Stripe's magic test
 * tokens (`pm_card_visa`, …) are one test card shared by every tester, so they carry none.
 */
export function cardFingerprintOf(methodId: string, method: string | Stripe.PaymentMethod | null): { cardFingerprint?: string } {
  if (methodId.startsWith('pm_card_') || !method || typeof method === 'string') return {};
  const fingerprint = method.card?.fingerprint;
  return fingerprint ? { cardFingerprint: fingerprint } : {};
}

export function createStripeProvider({ secretKey, webhookSecrets, apiBase, timeoutMs = 20_000 }: StripeProviderOptions): StripeProvider {
  const stripe = new Stripe(secretKey, {
    // Retries are ours: every money call carries an idempotency key the caller derives from its record.
    maxNetworkRetries: 0,
    timeout: timeoutMs,
    telemetry: false,
    appInfo: { name: 'Agora' },
    ...(apiBase ? hostOptions(apiBase) : {}),
  });
  const toSellerAccount = (account: Stripe.Account): SellerAccount => ({
    accountId: account.id,
    chargesEnabled: account.charges_enabled ?? false,
    payoutsEnabled: account.payouts_enabled ?? false,
  });

  return {
    name: 'stripe',
    // Real PaymentMethod ids are opaque; Stripe says whether one exists when it is charged.
    knowsMethod: (method) => /^pm_\w+$/.test(method),
    // Radar decides on Stripe's side; a Radar block comes back as a decline from `charge`.
    riskSignal: () => null,

    async charge({ amount, paymentMethod, idempotencyKey, description, transferGroup, strongAuthentication }): Promise<ChargeResult> {
      try {
        const intent = await stripe.paymentIntents.create(
          {
            amount: amount.amount,
            currency: toStripeCurrency(amount),
            payment_method: paymentMethod,
            confirm: true,
            // Server-side confirmation: a method that needs a redirect fails instead of hanging.
            automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
            // Step-up: 3-D Secure whenever the card supports it, not only when the issuer requires it.
            ...(strongAuthentication ? { payment_method_options: { card: { request_three_d_secure: 'any' as const } } } : {}),
            description,
            transfer_group: transferGroup,
            expand: ['payment_method'],
          },
          { idempotencyKey },
        );
        if (intent.status === 'succeeded') return { status: 'succeeded', reference: intent.id, ...cardFingerprintOf(paymentMethod, intent.payment_method) };
        const declineCode = intent.status === 'requires_action' ? 'authentication_required' : `payment_${intent.status}`;
        return { status: 'declined', declineCode, message: intent.last_payment_error?.message ?? 'The payment could not be completed.' };
      } catch (err) {
        if (err instanceof Stripe.errors.StripeCardError) {
          return { status: 'declined', declineCode: err.decline_code ?? err.code ?? 'card_declined', message: err.message };
        }
        // A payment method id Stripe does not know is the client's mistake, not an outage.
        if (err instanceof Stripe.errors.StripeInvalidRequestError && err.param === 'payment_method') {
          return { status: 'declined', declineCode: INVALID_PAYMENT_METHOD, message: 'Unknown payment method' };
        }
        throw err;
      }
    },

    async refund({ reference, amount, idempotencyKey }) {
      const refund = await stripe.refunds.create({ payment_intent: reference, amount: amount.amount }, { idempotencyKey });
      return { reference: refund.id };
    },

    async transfer({ destination, amount, transferGroup, idempotencyKey }) {
      // The platform keeps its fee by transferring only the seller's share of the charge.
      const transfer = await stripe.transfers.create({ amount: amount.amount, currency: toStripeCurrency(amount), destination, transfer_group: transferGroup }, { idempotencyKey });
      return { reference: transfer.id };
    },

    async reverseTransfer({ reference, amount, idempotencyKey }) {
      const reversal = await stripe.transfers.createReversal(reference, { amount: amount.amount }, { idempotencyKey });
      return { reference: reversal.id };
    },

    async payout({ destination, amount, idempotencyKey }) {
      const payout = await stripe.payouts.create({ amount: amount.amount, currency: toStripeCurrency(amount) }, { stripeAccount: destination, idempotencyKey });
      return { reference: payout.id };
    },

    async createSellerAccount({ userId, email, idempotencyKey }) {
      const account = await stripe.accounts.create(
        {
          type: 'express',
          email,
          capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
          metadata: { user_id: userId },
        },
        { idempotencyKey },
      );
      return toSellerAccount(account);
    },

    async onboardingLink({ accountId, returnUrl, refreshUrl }) {
      const link = await stripe.accountLinks.create({ account: accountId, return_url: returnUrl, refresh_url: refreshUrl, type: 'account_onboarding' });
      return { url: link.url, expiresAt: new Date(link.expires_at * 1000) };
    },

    async retrieveSellerAccount(accountId) {
      return toSellerAccount(await stripe.accounts.retrieve(accountId));
    },

    async retrieveDispute(id) {
      const dispute = await stripe.disputes.retrieve(id);
      return {
        id: dispute.id,
        paymentIntent: idOf(dispute.payment_intent),
        status: CLOSED_STATUSES[dispute.status] ?? 'open',
        providerStatus: dispute.status,
        reason: dispute.reason,
        amount: { amount: dispute.amount, currency: dispute.currency.toUpperCase() },
      };
    },

    verifyWebhook(payload, signature, receivedAt) {
      if (!signature) return { ok: false, reason: 'The Stripe-Signature header is missing' };
      // Find the endpoint's secret by the signature alone (tolerance 0 skips the age check), then verify fully.
      const secret = webhookSecrets.find((candidate) => {
        try {
          return stripe.webhooks.signature?.verifyHeader(payload, signature, candidate, 0) ?? false;
        } catch {
          return false;
        }
      });
      if (!secret) return { ok: false, reason: 'No signature matches a configured webhook secret' };
      try {
        const event = stripe.webhooks.constructEvent(payload, signature, secret, WEBHOOK_TOLERANCE_SECONDS, undefined, receivedAt.getTime());
        const object = event.data.object as { id?: unknown };
        return { ok: true, event: { id: event.id, type: event.type, created: new Date(event.created * 1000), objectId: typeof object.id === 'string' ? object.id : null } };
      } catch (err) {
        // Stripe's messages name the failure (timestamp outside tolerance, a body that is not JSON), never the secret.
        return { ok: false, reason: err instanceof Error ? err.message.split('\n')[0]! : 'invalid webhook' };
      }
    },
  };
}

function hostOptions(apiBase: string): Pick<Stripe.StripeConfig, 'host' | 'port' | 'protocol'> {
  const url = new URL(apiBase);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { host: url.hostname, port: url.port || (protocol === 'http' ? 80 : 443), protocol };
}
