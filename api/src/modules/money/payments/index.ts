export { enqueueProviderOperation, runProviderOperations, type OperationOutcomes, type OperationRequest, type ProviderOperation } from './provider-operations';
