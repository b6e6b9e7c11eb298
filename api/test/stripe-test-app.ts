import { type Request, type TestApp, type TestUser, client, startTestApp } from '../../test/harness';
import { type FakeStripe, startFakeStripe } from './fake-stripe';

// Stripe signs per endpoint: one for platform events (disputes), one for Connect events (accounts).
export const WEBHOOK_SECRET = 'whsec_agora_e2e';
export const CONNECT_WEBHOOK_SECRET = 'whsec_agora_e2e_connect';

export interface StripeTestApp {
  app: TestApp;
  fake: FakeStripe;
  request: Request;
  close(): Promise<void>;
}

/** The app with PAYMENT_PROVIDER=stripe, its client pointed at a fresh fake, the fake's webhooks pointed at the app. */
export async function startStripeTestApp(): Promise<StripeTestApp> {
  const fake = await startFakeStripe();
  const app = await startTestApp({
    env: { PAYMENT_PROVIDER: 'stripe', STRIPE_SECRET_KEY: fake.secretKey, STRIPE_WEBHOOK_SECRET: `${WEBHOOK_SECRET},${CONNECT_WEBHOOK_SECRET}`, STRIPE_API_BASE: fake.url },
  });
  fake.useWebhookEndpoint(`${app.url}/v1/webhooks/stripe`, WEBHOOK_SECRET);
  return {
    app,
    fake,
    request: client(app.url),
    async close() {
      await app.close();
      await fake.close();
    },
  };
}

/** A seller who finished Stripe onboarding, as Stripe's `account.updated` webhook tells the app. */
export async function onboardSeller(t: StripeTestApp, seller: TestUser): Promise<string> {
  const opened = await t.request('POST', '/v1/me/seller-account', { token: seller.token, body: { return_url: 'https://app.example/sell' } });
  if (opened.status !== 200) throw new Error(`seller account failed: ${opened.status} ${JSON.stringify(opened.body)}`);
  const accountId = opened.body.account_id as string;
  const delivered = await t.fake.deliver(t.fake.updateAccount(accountId, { charges_enabled: true, payouts_enabled: true }), { secret: CONNECT_WEBHOOK_SECRET });
  if (delivered.status !== 200) throw new Error(`account.updated failed: ${delivered.status} ${JSON.stringify(delivered.body)}`);
  return accountId;
}
