export type { ChargeResult, PaymentProvider } from './payment-provider';
export { paymentsRoutes } from './payments.routes';
export { createSandboxProvider } from './sandbox-provider';
export { payOrder } from './checkout.service';
