export { enqueueProviderOperation, operationsFor, runProviderOperations, type OperationRequest, type ProviderOperation } from './provider-operations';
