import { existsSync } from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import { Client, Pool } from 'pg';
import type { Config } from '../config';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { localPostgresDir, readLocalPostgresUrl } from '../db/local-postgres';
import type { DB } from '../db/schema';

/**
 * Runs `work` against the app's database, for command-line tools: DATABASE_URL if set; else the
 * embedded Postgres of a running `npm start` (the URL it published in DATA_DIR); else that
 * embedded Postgres started here, on its data directory, and stopped afterwards.
 */
export async function withCliDatabase<T>(config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>, work: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  if (config.DATABASE_URL) return withUrl(config.DATABASE_URL, work);
  const published = readLocalPostgresUrl(config.DATA_DIR);
  if (published && (await answers(published))) return withUrl(published, work);

  const dir = localPostgresDir(config.DATA_DIR);
  // Never initialise an empty cluster: a tool that reads would only report on nothing.
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    throw new Error(`no database: DATABASE_URL is not set and ${dir} holds no Postgres (run npm start once)`);
  }
  const pg = await startEmbeddedPostgres(dir, { persistent: true });
  try {
    return await withUrl(pg.url, work);
  } finally {
    await pg.stop();
  }
}

async function withUrl<T>(url: string, work: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  const pool = new Pool({ connectionString: url, max: 2, application_name: 'agora-cli' });
  // pool.end() resolves before the server has closed the sessions; stopping the embedded server
  // right after terminates them, and an idle client's error must not crash the tool.
  pool.on('error', () => undefined);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/** A published URL outlives a crashed app; only a server that answers counts. */
async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
