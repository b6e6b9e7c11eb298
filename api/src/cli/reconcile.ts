import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { type Config, loadConfig } from '../config';
import { createDatabase } from '../db/database';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import type { DB } from '../db/schema';
import { reconcile, type ReconciliationReport } from '../modules/reconciliation';

// `npm run reconcile`: checks that the ledger, escrow holds, orders, payment attempts, payouts and
// provider operations agree. Prints each discrepancy and a summary; exits 0 if all is consistent,
// 1 if anything is not, 2 if the checks could not run.

/**
 * DATABASE_URL, or the embedded Postgres `npm start` keeps in DATA_DIR (which must not be running:
 * two servers cannot share a data directory). Same shape as `withCliDatabase` in ./cli-database, for
 * which it is a stand-in until that lands.
 */
async function withDatabase<T>(config: Config, fn: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  let url = config.DATABASE_URL;
  let stop: () => Promise<void> = async () => undefined;
  if (!url) {
    const dir = path.join(config.DATA_DIR, 'postgres');
    // Starting on an empty directory would initialise a new, empty cluster and "reconcile" that.
    if (!existsSync(path.join(dir, 'PG_VERSION'))) throw new Error(`no database: set DATABASE_URL, or run npm start once to create ${dir}`);
    const pg = await startEmbeddedPostgres(dir, { persistent: true });
    url = pg.url;
    stop = pg.stop;
  }
  const db = createDatabase(url, 2);
  try {
    return await fn(db);
  } finally {
    await db.destroy();
    await stop();
  }
}

function print(report: ReconciliationReport): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  for (const d of report.discrepancies) out(`${d.check}\t${d.entity}\t${d.detail}`);
  if (report.discrepancies.length > 0) out('');
  const width = Math.max(...report.checks.map((c) => c.name.length));
  for (const c of report.checks) out(`${c.discrepancies === 0 ? 'ok  ' : 'FAIL'}  ${c.name.padEnd(width)}  ${String(c.discrepancies).padStart(6)}  ${c.description}`);
  out(`${report.checks.length} checks run, ${report.discrepancies.length} discrepancies`);
}

async function main(): Promise<number> {
  const report = await withDatabase(loadConfig(), (db) => reconcile(db, new Date()));
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
