export { stripeWebhookHandler } from './stripe-webhook.handler';
