import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ClickHouseClient, type ClickHouseClientConfigOptions, type ClickHouseSettings, createClient } from '@clickhouse/client';
import { createChdbConnection } from 'chdb/connection';
import { assertIdentifier } from './identifier';

export interface ClickHouseOptions {
  url?: string;
  username?: string;
  password?: string;
  database: string;
  dataDir: string;
  /** Who runs read-only statements (analysts' SQL): the user on a server, the connections either way. */
  analyst?: { username?: string; password?: string; connections?: number };
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
  /**
   * On a server, the user read-only statements run as (null: none configured, so the app's own);
   * undefined on the embedded engine, which has no users.
   */
  analystUser?: string | null;
  close(): Promise<void>;
}

/** Runs `work` with a read-only client; on the embedded engine, one `work` per pooled connection at a time. */
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
// …plus, once asked for, a few read-only connections (see embeddedReadOnlyClient).
let embeddedReadOnly: { key: string; pool: ReadOnlyPool } | null = null;

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

interface Pooled {
  client: Promise<ClickHouseClient>;
  busy: boolean;
}
interface ReadOnlyPool {
  connections: Pooled[];
  waiting: Array<(pooled: Pooled) => void>;
}

/**
 * The chdb adapter applies a query's settings as `SET` statements on its connection, so they
 * outlive the query: a per-query `readonly=1` on the shared client would make the whole app
 * read-only. Each chdb connection keeps its own settings, though (the data is shared), so read-only
 * statements get connections of their own on the same directory, each locked once: limits first,
 * then `readonly=1`, after which ClickHouse refuses any write and any change of setting on it (a
 * `SET` or a query's `SETTINGS` clause alike). chdb runs statements off the event loop and
 * connections concurrently, so `connections` statements run at once; more wait for a free one.
 */
function embeddedReadOnlyClient(path: string, database: string, limits: ReadOnlyLimits, connections: number): ReadOnlyClient {
  const key = JSON.stringify({ database, limits, connections });
  if (embeddedReadOnly && embeddedReadOnly.key !== key) {
    throw new Error(`the embedded read-only clients are already locked to ${embeddedReadOnly.key}`);
  }
  if (!embeddedReadOnly) {
    embeddedReadOnly = { key, pool: { connections: Array.from({ length: connections }, () => ({ client: lock(), busy: false })), waiting: [] } };
  }
  const pool = embeddedReadOnly.pool;
  const take = () =>
    new Promise<Pooled>((resolve) => {
      const free = pool.connections.find((p) => !p.busy);
      if (free) {
        free.busy = true;
        resolve(free);
      } else pool.waiting.push(resolve);
    });
  const give = (pooled: Pooled) => {
    const next = pool.waiting.shift();
    if (next) next(pooled);
    else pooled.busy = false;
  };
  return {
    async run<T>(work: (client: ClickHouseClient) => Promise<T>): Promise<T> {
      const pooled = await take();
      try {
        const client = await pooled.client.catch((err: unknown) => {
          // A failed lock is not kept: the next caller tries again.
          pooled.client = lock();
          throw err;
        });
        try {
          return await work(client);
        } catch (err) {
          // chdb keeps what a failed statement had already written (e.g. the JSON header before a
          // timeout) and prepends it to the connection's next result: a throwaway query takes it, so
          // it never reaches the next caller. Hence also one caller a connection at a time.
          await client
            .query({ query: 'SELECT 1', format: 'JSON' })
            .then((r) => r.text())
            .catch(() => undefined);
          throw err;
        }
      } finally {
        give(pooled);
      }
    },
  };
  function lock(): Promise<ClickHouseClient> {
    const locked = (async () => {
      const readOnly = createClient({ connection: chdbConnection(path) });
      // Unqualified table names mean the analytics database's tables.
      await readOnly.command({ query: `USE ${database}` });
      await readOnly.command({ query: 'SET readonly = 1', clickhouse_settings: readOnlySettings(limits) });
      return readOnly;
    })();
    // Reported to the caller that awaits it (run), not as an unhandled rejection.
    locked.catch(() => undefined);
    return locked;
  }
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
    // Read-only statements run as the analyst user when one is configured (its grants are checked
    // by the caller: analyst-grants.ts). Over HTTP every request carries its own settings (no
    // session), so readonly=1 and the limits bind that request only.
    const analyst = opts.analyst?.username ? { ...server, username: opts.analyst.username, password: opts.analyst.password } : server;
    const readOnly = new Map<string, ClickHouseClient>();
    store = {
      client,
      database,
      analystUser: opts.analyst?.username ?? null,
      readOnly: async (limits) => {
        const key = JSON.stringify(limits);
        let c = readOnly.get(key);
        if (!c) {
          const settings = { ...readOnlySettings(limits), readonly: '1' as const };
          readOnly.set(key, (c = createClient({ ...analyst, database, max_open_connections: opts.analyst?.connections, clickhouse_settings: settings })));
        }
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
    const connections = opts.analyst?.connections ?? 2;
    store = { client: embeddedClient(path), database, readOnly: async (limits) => embeddedReadOnlyClient(path, database, limits, connections), close: async () => {} };
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
  for (const pooled of readOnly?.pool.connections ?? []) await (await pooled.client.catch(() => null))?.close();
  await current?.client.close();
}
