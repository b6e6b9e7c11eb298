export { enqueueProviderOperation, runProviderOperations, type OperationRequest, type ProviderOperation } from './provider-operations';
