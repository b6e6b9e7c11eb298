import { loadConfig } from '../config';
import { reconcile, type ReconciliationReport } from '../modules/money/reconciliation';
import { withCliDatabase } from './cli-database';

// `npm run reconcile`: checks that the ledger, escrow holds, orders, payment attempts, payouts and
// provider operations agree. Prints each discrepancy and a summary; exits 0 if all is consistent,
// 1 if anything is not, 2 if the checks could not run.

function print(report: ReconciliationReport): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  for (const d of report.discrepancies) out(`${d.check}\t${d.entity}\t${d.detail}`);
  if (report.discrepancies.length > 0) out('');
  const width = Math.max(...report.checks.map((c) => c.name.length));
  for (const c of report.checks) out(`${c.discrepancies === 0 ? 'ok  ' : 'FAIL'}  ${c.name.padEnd(width)}  ${String(c.discrepancies).padStart(6)}  ${c.description}`);
  out(`${report.checks.length} checks run, ${report.discrepancies.length} discrepancies`);
}

async function main(): Promise<number> {
  const report = await withCliDatabase(loadConfig(), (db) => reconcile(db, new Date()));
  print(report);
  return report.discrepancies.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`reconcile failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
