import { type Kysely, sql } from 'kysely';
import type { Logger } from 'pino';
import type { AnalyticsStore } from './clickhouse';
import { insertEvents } from './events';
import { type OutboxDB, outboxOnly } from './outbox';

export interface RelayBatchOptions {
  batchSize: number;
}

export interface RelayOptions extends RelayBatchOptions {
  intervalMs: number;
  logger: Logger;
}

export interface RelayHandle {
  /** Ends the loop after the in-flight batch. */
  stop(): Promise<void>;
  /** Ships until no unpublished row is left; rejects on the first failure. */
  drain(): Promise<void>;
}

const MIN_BACKOFF_MS = 100;
const MAX_BACKOFF_MS = 30_000;

/**
 * Ships the oldest unpublished outbox rows to ClickHouse and marks them published, in one
 * Postgres transaction that holds the row locks until ClickHouse has the rows. A ClickHouse
 * failure rolls back, so rows stay unpublished; a commit failure after a successful insert
 * ships them again later, which the events table dedupes (at-least-once). SKIP LOCKED lets
 * concurrent relays take disjoint batches instead of queueing behind each other.
 */
export async function relayBatch<DB extends OutboxDB>(
  db: Kysely<DB>,
  store: AnalyticsStore,
  opts: RelayBatchOptions,
): Promise<number> {
  if (!Number.isInteger(opts.batchSize) || opts.batchSize < 1) {
    throw new RangeError(`batchSize must be a positive integer, got ${opts.batchSize}`);
  }
  return outboxOnly(db).transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('outbox')
      .select(['id', 'event_id', 'event_type', 'event_version', 'aggregate_type', 'aggregate_id', 'payload', 'occurred_at'])
      .where('published_at', 'is', null)
      .orderBy('id')
      .limit(opts.batchSize)
      .forUpdate()
      .skipLocked()
      .execute();
    if (rows.length === 0) return 0;
    await insertEvents(store, rows);
    await trx
      .updateTable('outbox')
      .set({ published_at: sql`now()` })
      .where(sql<boolean>`id = any(${rows.map((row) => row.id)}::bigint[])`)
      .execute();
    return rows.length;
  });
}

function backoffMs(failures: number, intervalMs: number): number {
  return Math.min(MAX_BACKOFF_MS, Math.max(intervalMs, MIN_BACKOFF_MS) * 2 ** (failures - 1));
}

// Driver messages can quote row data (a ClickHouse parse error echoes the offending input), so
// the log gets codes plus the first line of the message with quoted literals masked.
function loggableError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const { code, type } = err as { code?: unknown; type?: unknown };
  const firstLine = err.message.split('\n', 1)[0] ?? '';
  const message = firstLine.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '<…>').slice(0, 200);
  return { name: err.name, code, type, message };
}

/**
 * Relays in the background: back-to-back while batches come back full, otherwise every
 * intervalMs; failures are logged and retried with exponential backoff.
 */
export function startRelay<DB extends OutboxDB>(db: Kysely<DB>, store: AnalyticsStore, opts: RelayOptions): RelayHandle {
  const log = opts.logger.child({ module: 'analytics-relay' });
  const batch = () => relayBatch(db, store, { batchSize: opts.batchSize });

  // This relay's batches run one at a time, so drain() cannot return while the loop still
  // holds locked rows that drain's SKIP LOCKED would have passed over.
  let lane: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = lane.then(work);
    lane = run.catch(() => undefined);
    return run;
  };

  let stopping = false;
  let wake = () => {};
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (stopping) return resolve();
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const loop = (async () => {
    let failures = 0;
    while (!stopping) {
      try {
        const shipped = await exclusive(batch);
        failures = 0;
        if (shipped < opts.batchSize) await sleep(opts.intervalMs);
      } catch (err) {
        failures += 1;
        const retryInMs = backoffMs(failures, opts.intervalMs);
        log.error({ error: loggableError(err), failures, retryInMs }, 'outbox relay batch failed');
        await sleep(retryInMs);
      }
    }
  })();

  return {
    async stop() {
      stopping = true;
      wake();
      await loop;
    },
    drain: () =>
      exclusive(async () => {
        let shipped: number;
        do shipped = await batch();
        while (shipped === opts.batchSize);
      }),
  };
}
