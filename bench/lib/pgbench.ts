// pgbench: the raw "one small write transaction" ceiling of a Postgres server on this machine,
// measured with the TPC-B-like default script, to put an app's requests/s in proportion.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { adminQuery, withDatabase } from './postgres';
import { type Cleanup, runCommand } from './processes';

/** pgbench from $PGBENCH, Debian's versioned dirs (newest first), $PATH, or /usr/bin. */
function locatePgbench(env: NodeJS.ProcessEnv = process.env): string {
  const candidates: string[] = [];
  if (env.PGBENCH) candidates.push(env.PGBENCH);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+(\.\d+)?$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(path.join(debian, v, 'bin', 'pgbench'));
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter)) if (dir) candidates.push(path.join(dir, 'pgbench'));
  candidates.push('/usr/bin/pgbench', '/usr/local/bin/pgbench');
  const found = candidates.find((c) => existsSync(c));
  if (!found) {
    throw new Error(
      'pgbench not found (looked at $PGBENCH, /usr/lib/postgresql/*/bin, $PATH, /usr/bin). ' +
        'Install it (Debian: apt-get install postgresql-contrib or postgresql-client) or set PGBENCH=/path/to/pgbench.',
    );
  }
  if (env.PGBENCH && found !== env.PGBENCH) throw new Error(`PGBENCH=${env.PGBENCH} does not exist`);
  return found;
}

export interface PgbenchResult {
  pgbench: string;
  version: string;
  clients: number;
  threads: number;
  durationS: number;
  scale: number;
  tps: number;
  transactions: number | null;
  failed: number | null;
  latencyAvgMs: number | null;
  initSeconds: number;
}

/** Parses pgbench's summary: tps excluding connection time (pgbench ≥ 14 and older wordings). */
export function parsePgbenchOutput(text: string): { tps: number; transactions: number | null; failed: number | null; latencyAvgMs: number | null } {
  const tps = /tps = ([\d.]+) \((?:without initial connection time|excluding connections establishing)\)/.exec(text);
  if (!tps) throw new Error(`could not find tps in pgbench output:\n${text.slice(-2000)}`);
  const num = (re: RegExp) => {
    const m = re.exec(text);
    return m ? Number(m[1]) : null;
  };
  return {
    tps: Number(tps[1]),
    transactions: num(/number of transactions actually processed: (\d+)/),
    failed: num(/number of failed transactions: (\d+)/),
    latencyAvgMs: num(/latency average = ([\d.]+) ms/),
  };
}

/**
 * The TPC-B-like default script against a fresh database `pgbench_ceiling` on the server of
 * `serverUrl`: `-i -s scale`, then `-c clients -j threads -T duration -M prepared`.
 */
export async function runPgbenchCeiling(opts: {
  serverUrl: string;
  clients: number;
  durationS: number;
  scale: number;
  cleanup: Cleanup;
  logFile: string;
  /** Called right before and right after the timed run (not the initialisation), e.g. to meter CPU. */
  aroundRun?: { before(): void; after(): void };
}): Promise<PgbenchResult> {
  const pgbench = locatePgbench();
  const database = 'pgbench_ceiling';
  await adminQuery(opts.serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await adminQuery(opts.serverUrl, `CREATE DATABASE ${database}`);
  opts.cleanup.add(`drop database ${database}`, () => adminQuery(opts.serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).then(() => undefined));

  const u = new URL(opts.serverUrl);
  const env = {
    ...process.env,
    PGHOST: u.hostname,
    PGPORT: u.port || '5432',
    PGUSER: decodeURIComponent(u.username) || process.env.PGUSER || 'postgres',
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: database,
  };
  const { stdout: versionText } = await runCommand(pgbench, ['--version'], { env });
  const started = Date.now();
  await runCommand(pgbench, ['-i', '-q', '-s', String(opts.scale), database], { env, cleanup: opts.cleanup, logFile: opts.logFile });
  const initSeconds = (Date.now() - started) / 1000;
  // The server's own VACUUM of the freshly loaded tables would otherwise land in the timed run.
  await adminQuery(withDatabase(opts.serverUrl, database), 'VACUUM ANALYZE');
  // CHECKPOINT needs superuser or pg_checkpoint; without it the run is just a little noisier.
  await adminQuery(opts.serverUrl, 'CHECKPOINT').catch(() => undefined);
  const threads = Math.min(2, opts.clients);
  opts.aroundRun?.before();
  const { stdout, stderr } = await runCommand(pgbench, ['-c', String(opts.clients), '-j', String(threads), '-T', String(opts.durationS), '-M', 'prepared', database], {
    env,
    cleanup: opts.cleanup,
    logFile: opts.logFile,
  });
  opts.aroundRun?.after();
  const parsed = parsePgbenchOutput(`${stdout}\n${stderr}`);
  return { pgbench, version: versionText.trim(), clients: opts.clients, threads, durationS: opts.durationS, scale: opts.scale, initSeconds, ...parsed };
}
