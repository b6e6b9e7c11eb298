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
  /**
   * A client whose every statement runs read-only within `limits`, with `database` as its current
   * database (see embeddedReadOnlyClient).
   */
  readOnly(limits: ReadOnlyLimits): Promise<ReadOnlyClient>;
  close(): Promise<void>;
}

/** Runs `work` with the read-only client; on the embedded engine, one `work` at a time. */
export interface ReadOnlyClient {
  run<T>(work: (client: ClickHouseClient) => Promise<T>): Promise<T>;
}

/** What ClickHouse itself enforces on a read-only client's statements. */
export interface ReadOnlyLimits {
  maxExecutionSeconds: number;
  /** Rows past this are dropped (result_overflow_mode=break), in whole blocks, so a few more may come. */
  maxResultRows: number;
  maxMemoryBytes: number;
}

// 64-bit integers come back as strings on some servers and numbers on others; pin it so
// callers parse one shape on both backends.
const SETTINGS: ClickHouseSettings = { output_format_json_quote_64bit_integers: 1 };

// The embedded engine binds one data directory per process and closing any client on it
// tears down the process-wide session, so the process keeps exactly one client.
let embedded: { path: string; client: ClickHouseClient } | null = null;
// …plus, once asked for, one read-only client on its own connection (see embeddedReadOnlyClient).
let embeddedReadOnly: { key: string; client: Promise<ClickHouseClient>; queue: Promise<unknown> } | null = null;

function readOnlySettings(limits: ReadOnlyLimits): ClickHouseSettings {
  return {
    ...SETTINGS,
    max_execution_time: limits.maxExecutionSeconds,
    max_result_rows: String(limits.maxResultRows),
    result_overflow_mode: 'break',
    max_memory_usage: String(limits.maxMemoryBytes),
  };
}

function chdbConnection(path: string): ClickHouseClientConfigOptions['connection'] {
  // chdb types its connection against @clickhouse/client-common 1.23.0 while the client bundles
  // its own copy of those types (1.23.1); the runtime contract is the same, the declarations drift.
  return createChdbConnection({ path }) as unknown as ClickHouseClientConfigOptions['connection'];
}

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
  const client = createClient({ connection: chdbConnection(path), clickhouse_settings: SETTINGS });
  embedded = { path, client };
  return client;
}

/**
 * The chdb adapter applies a query's settings as `SET` statements on its connection, so they
 * outlive the query: a per-query `readonly=1` on the shared client would make the whole app
 * read-only. Each chdb connection keeps its own settings, though (the data is shared), so read-only
 * statements get a second connection on the same directory, locked once: limits first, then
 * `readonly=1`, after which ClickHouse refuses any write and any change of setting on it (a `SET`
 * or a query's `SETTINGS` clause alike).
 */
function embeddedReadOnlyClient(path: string, database: string, limits: ReadOnlyLimits): ReadOnlyClient {
  const key = JSON.stringify({ database, limits });
  if (embeddedReadOnly && embeddedReadOnly.key !== key) {
    throw new Error(`the embedded read-only client is already locked to ${embeddedReadOnly.key}`);
  }
  if (!embeddedReadOnly) {
    const client = (async () => {
      const readOnly = createClient({ connection: chdbConnection(path) });
      // Unqualified table names mean the analytics database's tables.
      await readOnly.command({ query: `USE ${database}` });
      await readOnly.command({ query: 'SET readonly = 1', clickhouse_settings: readOnlySettings(limits) });
      return readOnly;
    })();
    embeddedReadOnly = { key, client, queue: Promise.resolve() };
    // A failed lock is not kept: the next caller tries again.
    client.catch(() => {
      if (embeddedReadOnly?.client === client) embeddedReadOnly = null;
    });
  }
  const current = embeddedReadOnly;
  return {
    run<T>(work: (client: ClickHouseClient) => Promise<T>): Promise<T> {
      const done = current.queue.then(async () => {
        const client = await current.client;
        try {
          return await work(client);
        } catch (err) {
          // chdb keeps what a failed statement had already written (e.g. the JSON header before a
          // timeout) and prepends it to the connection's next result: a throwaway query takes it, so
          // it never reaches the next caller. Hence also one caller at a time.
          await client.query({ query: 'SELECT 1', format: 'JSON' }).then((r) => r.text()).catch(() => undefined);
          throw err;
        }
      });
      current.queue = done.catch(() => undefined);
      return done;
    },
  };
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
    const server = { url: opts.url, username: opts.username, password: opts.password };
    const client = createClient({ ...server, clickhouse_settings: SETTINGS });
    // Over HTTP every request carries its own settings (no session), so readonly=1 and the limits
    // bind that request only.
    const readOnly = new Map<string, ClickHouseClient>();
    store = {
      client,
      database,
      readOnly: async (limits) => {
        const key = JSON.stringify(limits);
        let c = readOnly.get(key);
        if (!c) readOnly.set(key, (c = createClient({ ...server, database, clickhouse_settings: { ...readOnlySettings(limits), readonly: '1' } })));
        const locked = c;
        return { run: (work) => work(locked) };
      },
      close: async () => {
        await Promise.all([client, ...readOnly.values()].map((c) => c.close()));
      },
    };
  } else {
    // Shared by every store in the process: only closeEmbeddedClickHouse() may close it.
    const path = resolve(opts.dataDir);
    store = { client: embeddedClient(path), database, readOnly: async (limits) => embeddedReadOnlyClient(path, database, limits), close: async () => {} };
  }
  await store.client.command({ query: `CREATE DATABASE IF NOT EXISTS ${database}` });
  return store;
}

/** Process shutdown only: closes the shared embedded engine session. */
export async function closeEmbeddedClickHouse(): Promise<void> {
  const current = embedded;
  const readOnly = embeddedReadOnly;
  embedded = null;
  embeddedReadOnly = null;
  await (await readOnly?.client.catch(() => null))?.close();
  await current?.client.close();
}
