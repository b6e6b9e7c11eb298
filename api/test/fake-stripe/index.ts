export { type FakeStripe, type RecordedRequest, startFakeStripe } from './fake-stripe';
export { balanceOf } from './api';
export type { Account, Dispute, PaymentIntent, StripeEvent } from './objects';
export { postWebhook, signatureHeader, webhookPayload } from './webhooks';
