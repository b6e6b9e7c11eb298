export type { Discrepancy } from './check';
export { CHECKS, reconcile, runChecks, type ReconciliationReport } from './reconcile';
