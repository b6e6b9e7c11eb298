export type { ChargeResult, PaymentProvider, SellerAccount } from './payment-provider';
export { createSandboxProvider } from './sandbox-provider';
export { type ProviderDispute, type StripeProvider, type StripeWebhookEvent, createStripeProvider, isStripeProvider } from './stripe-provider';
export { createPaymentProvider } from './provider-from-config';
