import { loadConfig } from '../../config';
import { createPaymentProvider } from './provider-from-config';

const stripeEnv = { PAYMENT_PROVIDER: 'stripe', STRIPE_SECRET_KEY: 'sk_test_abc123', STRIPE_WEBHOOK_SECRET: 'whsec_abc123' };

describe('payment provider selection', () => {
  test('sandbox by default, stripe when configured', () => {
    expect(createPaymentProvider(loadConfig({})).name).toBe('sandbox');
    expect(createPaymentProvider(loadConfig({ ...stripeEnv, STRIPE_API_BASE: 'http://127.0.0.1:12111' })).name).toBe('stripe');
    expect(createPaymentProvider(loadConfig({ ...stripeEnv, STRIPE_WEBHOOK_SECRET: 'whsec_platform,whsec_connect' })).name).toBe('stripe');
  });

  test('stripe without its secrets is a startup error naming every missing one', () => {
    expect(() => loadConfig({ PAYMENT_PROVIDER: 'stripe' })).toThrow(/STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET: required when PAYMENT_PROVIDER=stripe/);
    expect(() => loadConfig({ PAYMENT_PROVIDER: 'stripe', STRIPE_SECRET_KEY: 'sk_test_abc123' })).toThrow(/ STRIPE_WEBHOOK_SECRET: required/);
  });

  test('malformed values are reported by name, never echoed', () => {
    let message = '';
    try {
      loadConfig({ ...stripeEnv, STRIPE_SECRET_KEY: 'pk_test_publishable_oops', STRIPE_WEBHOOK_SECRET: 'secret-oops', STRIPE_API_BASE: 'not a url' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/STRIPE_SECRET_KEY: must be a Stripe secret or restricted key/);
    expect(message).toMatch(/STRIPE_WEBHOOK_SECRET: must be Stripe webhook signing secrets/);
    expect(message).toMatch(/STRIPE_API_BASE/);
    expect(message).not.toMatch(/publishable_oops|secret-oops/);
  });

  test('an unknown provider is refused', () => {
    expect(() => loadConfig({ PAYMENT_PROVIDER: 'paypal' })).toThrow(/PAYMENT_PROVIDER/);
  });
});
