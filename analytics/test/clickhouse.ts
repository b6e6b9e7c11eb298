import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AnalyticsStore, openClickHouse } from '../src/clickhouse';
import { migrateClickHouse } from '../src/migrate';

// One embedded data directory per jest worker process (the engine allows one per process);
// test files are isolated by database instead. TEST_CLICKHOUSE_URL points tests at a server.
export const TEST_CHDB_PATH = join(tmpdir(), `agora-chdb-test-${process.pid}`);

export interface TestClickHouse {
  store: AnalyticsStore;
  /** Empties `events` and every materialized view's table, keeping the schema. */
  truncate(): Promise<void>;
  drop(): Promise<void>;
}

export async function createTestClickHouse(): Promise<TestClickHouse> {
  const store = await openClickHouse({
    url: process.env.TEST_CLICKHOUSE_URL,
    database: `t_${randomBytes(6).toString('hex')}`,
    dataDir: TEST_CHDB_PATH,
  });
  await migrateClickHouse(store);
  return {
    store,
    async truncate() {
      const tables = await queryRows<{ name: string }>(
        store,
        `SELECT name FROM system.tables WHERE database = '${store.database}' AND engine LIKE '%MergeTree' AND name != 'schema_migrations'`,
      );
      for (const { name } of tables) await store.client.command({ query: `TRUNCATE TABLE ${store.database}.${name}` });
    },
    async drop() {
      await store.client.command({ query: `DROP DATABASE IF EXISTS ${store.database} SYNC` });
      await store.close();
    },
  };
}

export async function queryRows<T>(store: AnalyticsStore, query: string): Promise<T[]> {
  const result = await store.client.query({ query, format: 'JSONEachRow' });
  return result.json<T>();
}
