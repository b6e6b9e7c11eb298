export { type FakeStripe, startFakeStripe } from './fake-stripe';
export { balanceOf } from './api';
export type { StripeEvent } from './objects';
export { postWebhook, signatureHeader, webhookPayload } from './webhooks';
