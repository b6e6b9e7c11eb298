export type { ChargeResult, PaymentProvider, SellerAccount } from './payment-provider';
export { paymentsRoutes } from './payments.routes';
export { createSandboxProvider } from './sandbox-provider';
export { payOrder, recordChargeOutcome, recoverPayments } from './checkout.service';
