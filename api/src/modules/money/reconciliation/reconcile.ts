import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import type { Check, Discrepancy } from './check';
import { escrowMatchesOrder } from './escrow.check';
import { ledgerBalanced, nonNegativeBalances } from './ledger.checks';
import { paymentAttempts } from './payment-attempts.check';
import { payoutsPosted } from './payouts.check';
import { providerOperations } from './provider-operations.check';

export const CHECKS: readonly Check[] = [ledgerBalanced, nonNegativeBalances, escrowMatchesOrder, paymentAttempts, payoutsPosted, providerOperations];

export interface ReconciliationReport {
  checks: { name: string; description: string; discrepancies: number }[];
  discrepancies: Discrepancy[];
}

/** Runs every check on `db` as it is (tests pass a transaction holding a corruption they roll back). */
export async function runChecks(db: Kysely<DB>, now: Date): Promise<ReconciliationReport> {
  const checks: ReconciliationReport['checks'] = [];
  const discrepancies: Discrepancy[] = [];
  for (const check of CHECKS) {
    const found = await check.run(db, now);
    checks.push({ name: check.name, description: check.description, discrepancies: found.length });
    discrepancies.push(...found);
  }
  return { checks, discrepancies };
}

/**
 * Reconciles the whole database against one snapshot: a read-only REPEATABLE READ transaction, so
 * money moving while the checks run cannot show up as a discrepancy between two of them.
 */
export function reconcile(db: Kysely<DB>, now: Date): Promise<ReconciliationReport> {
  return inTransaction(db, (trx) => runChecks(trx, now), { isolation: 'repeatable read', readOnly: true });
}
