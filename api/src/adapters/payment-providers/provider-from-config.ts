import type { Config } from '../../config';
import type { PaymentProvider } from './payment-provider';
import { createSandboxProvider } from './sandbox-provider';
import { createStripeProvider } from './stripe-provider';

/** The provider named by PAYMENT_PROVIDER; loadConfig has already insisted on Stripe's secrets. */
export function createPaymentProvider(config: Config): PaymentProvider {
  if (config.PAYMENT_PROVIDER === 'sandbox') return createSandboxProvider();
  return createStripeProvider({ secretKey: config.STRIPE_SECRET_KEY!, webhookSecrets: config.STRIPE_WEBHOOK_SECRET!.split(','), apiBase: config.STRIPE_API_BASE });
}
