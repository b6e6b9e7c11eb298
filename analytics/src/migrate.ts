import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnalyticsStore } from './clickhouse';
import { assertIdentifier } from './identifier';

const MIGRATIONS_DIR = join(__dirname, '..', 'migrations');
const DATABASE_PLACEHOLDER = /\{\{database\}\}/g;

// Statements end with `;` at the end of a line; `--` comment lines are dropped. Migrations
// must not put such a line inside a string literal.
function statements(sqlText: string, database: string): string[] {
  return sqlText
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('--'))
    .join('\n')
    .replace(DATABASE_PLACEHOLDER, database)
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/**
 * Applies the pending numbered `.sql` files in name order and returns their names. ClickHouse
 * DDL is not transactional: a migration is recorded only after all its statements ran, so
 * each statement must be safe to re-run (IF NOT EXISTS) after a crash halfway through.
 */
export async function migrateClickHouse(store: AnalyticsStore): Promise<string[]> {
  const database = assertIdentifier(store.database, 'ClickHouse database');
  const { client } = store;
  await client.command({
    query: `CREATE TABLE IF NOT EXISTS ${database}.schema_migrations
            (version String, applied_at DateTime64(3, 'UTC') DEFAULT now64(3))
            ENGINE = ReplacingMergeTree ORDER BY version`,
  });
  const done = await client.query({
    query: `SELECT version FROM ${database}.schema_migrations FINAL`,
    format: 'JSONEachRow',
  });
  const applied = new Set((await done.json<{ version: string }>()).map((row) => row.version));

  const files = (await readdir(MIGRATIONS_DIR)).filter((file) => /^\d+_[a-z0-9_]+\.sql$/.test(file)).sort();
  const ran: string[] = [];
  for (const file of files) {
    const version = file.slice(0, -'.sql'.length);
    if (applied.has(version)) continue;
    for (const query of statements(await readFile(join(MIGRATIONS_DIR, file), 'utf8'), database)) {
      await client.command({ query });
    }
    await client.insert({ table: `${database}.schema_migrations`, values: [{ version }], format: 'JSONEachRow' });
    ran.push(version);
  }
  return ran;
}
