import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type ClickHouseClient,
  type ClickHouseClientConfigOptions,
  type ClickHouseSettings,
  createClient,
} from '@clickhouse/client';
import { createChdbConnection } from 'chdb/connection';
import { assertIdentifier } from './identifier';

export interface ClickHouseOptions {
  url?: string;
  username?: string;
  password?: string;
  database: string;
  dataDir: string;
}

export interface AnalyticsStore {
  client: ClickHouseClient;
  /** Validated identifier; every statement names its tables as `database`.table. */
  database: string;
  close(): Promise<void>;
}

// 64-bit integers come back as strings on some servers and numbers on others; pin it so
// callers parse one shape on both backends.
const SETTINGS: ClickHouseSettings = { output_format_json_quote_64bit_integers: 1 };

// The embedded engine binds one data directory per process and closing any client on it
// tears down the process-wide session, so the process keeps exactly one client.
let embedded: { path: string; client: ClickHouseClient } | null = null;

function embeddedClient(dataDir: string): ClickHouseClient {
  const path = resolve(dataDir);
  if (embedded) {
    if (embedded.path !== path) {
      throw new Error(
        `embedded ClickHouse is already open at ${embedded.path} in this process; cannot also open ${path} ` +
          '(one data directory per process: use one path and separate databases)',
      );
    }
    return embedded.client;
  }
  mkdirSync(path, { recursive: true });
  // chdb types its connection against @clickhouse/client-common 1.23.0 while the client bundles
  // its own copy of those types (1.23.1); the runtime contract is the same, the declarations drift.
  const connection = createChdbConnection({ path }) as unknown as ClickHouseClientConfigOptions['connection'];
  const client = createClient({ connection, clickhouse_settings: SETTINGS });
  embedded = { path, client };
  return client;
}

/**
 * A real server when `url` is set, else the embedded engine at `dataDir`. The database is
 * created if missing. Statements always qualify tables with the database because the
 * embedded connection ignores the client's `database` option.
 */
export async function openClickHouse(opts: ClickHouseOptions): Promise<AnalyticsStore> {
  const database = assertIdentifier(opts.database, 'ClickHouse database');
  let store: AnalyticsStore;
  if (opts.url) {
    const client = createClient({
      url: opts.url,
      username: opts.username,
      password: opts.password,
      clickhouse_settings: SETTINGS,
    });
    store = { client, database, close: () => client.close() };
  } else {
    // Shared by every store in the process: only closeEmbeddedClickHouse() may close it.
    store = { client: embeddedClient(opts.dataDir), database, close: async () => {} };
  }
  await store.client.command({ query: `CREATE DATABASE IF NOT EXISTS ${database}` });
  return store;
}

/** Process shutdown only: closes the shared embedded engine session. */
export async function closeEmbeddedClickHouse(): Promise<void> {
  const current = embedded;
  embedded = null;
  await current?.client.close();
}
