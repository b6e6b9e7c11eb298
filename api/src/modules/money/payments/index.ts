export { payOrder, recoverPayments } from './checkout.service';
export { enqueueProviderOperation, runProviderOperations, type OperationRequest, type ProviderOperation } from './provider-operations';
