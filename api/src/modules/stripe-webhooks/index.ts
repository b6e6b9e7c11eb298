export { stripeWebhookHandler } from './stripe-webhook.handler';
export { stripeWebhookPath } from './stripe-webhook.openapi';
