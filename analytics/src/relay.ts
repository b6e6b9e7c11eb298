import { type Kysely, sql } from 'kysely';
import type { Logger } from 'pino';
import type { AnalyticsEvent } from './events';
import { type OutboxDB, outboxOnly } from './outbox';
import { relayCounters } from './relay-metrics';

/**
 * Where a relay ships a batch: ClickHouse directly, or a broker. Resolving means the batch is
 * durably stored there (a ClickHouse insert, JetStream PubAcks), in the order given.
 */
export type EventSink = (events: readonly AnalyticsEvent[]) => Promise<void>;

// Per-aggregate order with several relays: the outbox is split into PARTITIONS by a hash of
// aggregate_id, and a partition is shipped by at most one transaction at a time (a transaction
// advisory lock per partition, tried without waiting). Within a partition rows go oldest id
// first, and a failed batch rolls back, so the next batch of that partition starts again at its
// oldest unpublished row: a later event of an aggregate can never overtake an earlier one, which
// plain SKIP LOCKED allowed (two relays holding consecutive batches, the first one failing).
// For one aggregate, id order is commit order: services lock the aggregate before appending.
// Rows of other partitions are read past in the id index and filtered; they share heap pages
// with ours, so the cost is CPU, not I/O, and no extra index is written on the hot insert path.
export const RELAY_PARTITIONS = 16;
// The advisory lock namespace (first key) of the relay's partition locks: 'ob' in ASCII.
const LOCK_CLASS = 0x6f62;
const PARTITION = sql<number>`(hashtext(aggregate_id::text) & ${sql.lit(RELAY_PARTITIONS - 1)})`;
const ALL_PARTITIONS: readonly number[] = Array.from({ length: RELAY_PARTITIONS }, (_, p) => p);

export interface RelayBatchOptions {
  /** Most events per batch; a full batch ships at once. */
  batchSize: number;
  /** A smaller batch waits until its oldest event is this old (fewer, larger inserts). Default 0. */
  maxWaitMs?: number;
  /** The partitions this batch may take (default all); those another relay holds are skipped. */
  partitions?: readonly number[];
  /** The relay's clock for maxWaitMs, compared with occurred_at. */
  now?: () => number;
}

export interface RelayOptions extends Omit<RelayBatchOptions, 'partitions'> {
  /** Poll interval when idle or waiting for a batch to fill. */
  intervalMs: number;
  /** Concurrent batches in this process, each over its own share of the partitions. */
  lanes?: number;
  logger: Logger;
}

export interface RelayHandle {
  /** Ends the loop after the in-flight batches. */
  stop(): Promise<void>;
  /** Ships until no unpublished row is left, ignoring maxWaitMs; rejects on the first failure. */
  drain(): Promise<void>;
}

const MIN_BACKOFF_MS = 100;
const MAX_BACKOFF_MS = 30_000;

/**
 * Ships the oldest unpublished outbox rows of the partitions it can lock and marks them
 * published, in one Postgres transaction that holds the partition locks until the sink has the
 * rows. A sink failure rolls back, so rows stay unpublished; a commit failure after a successful
 * ship sends them again later, which the events table (and JetStream's duplicate window)
 * dedupes: at-least-once. Returns how many rows it shipped (0 also when it chose to wait).
 */
export async function relayBatch<DB extends OutboxDB>(db: Kysely<DB>, sink: EventSink, opts: RelayBatchOptions): Promise<number> {
  return (await shipBatch(db, sink, opts)).shipped;
}

/** relayBatch, also saying how long a batch it left to fill still has to wait (0 when none). */
async function shipBatch<DB extends OutboxDB>(db: Kysely<DB>, sink: EventSink, opts: RelayBatchOptions): Promise<{ shipped: number; waitMs: number }> {
  if (!Number.isInteger(opts.batchSize) || opts.batchSize < 1) {
    throw new RangeError(`batchSize must be a positive integer, got ${opts.batchSize}`);
  }
  const wanted = opts.partitions ?? ALL_PARTITIONS;
  return outboxOnly(db)
    .transaction()
    .execute(async (trx) => {
      // Its own statement, so the select below gets a snapshot taken after the lock: it sees what
      // the previous holder committed.
      const { rows: locked } = await sql<{ p: number }>`
      SELECT p FROM unnest(${[...wanted]}::int[]) AS p WHERE pg_try_advisory_xact_lock(${LOCK_CLASS}, p)`.execute(trx);
      if (locked.length === 0) return { shipped: 0, waitMs: 0 };
      let query = trx
        .selectFrom('outbox')
        .select(['id', 'event_id', 'event_type', 'event_version', 'aggregate_type', 'aggregate_id', 'occurred_at'])
        // As text: the sink forwards it as it is, so no row pays a JSON parse and re-serialization.
        .select(sql<string>`payload::text`.as('payload'))
        .where('published_at', 'is', null);
      if (locked.length < RELAY_PARTITIONS) query = query.where(sql<boolean>`${PARTITION} = any(${locked.map((r) => r.p)}::int[])`);
      const rows = await query.orderBy('id').limit(opts.batchSize).execute();
      if (rows.length === 0) return { shipped: 0, waitMs: 0 };
      const waitMs = rows[0]!.occurred_at.getTime() + (opts.maxWaitMs ?? 0) - (opts.now ?? Date.now)();
      if (rows.length < opts.batchSize && waitMs > 0) return { shipped: 0, waitMs };
      await sink(rows);
      relayCounters.relayed += rows.length;
      await trx
        .updateTable('outbox')
        .set({ published_at: sql`now()` })
        .where(sql<boolean>`id = any(${rows.map((row) => row.id)}::bigint[])`)
        .execute();
      return { shipped: rows.length, waitMs: 0 };
    });
}

function backoffMs(failures: number, intervalMs: number): number {
  return Math.min(MAX_BACKOFF_MS, Math.max(intervalMs, MIN_BACKOFF_MS) * 2 ** (failures - 1));
}

// Driver messages can quote row data (a ClickHouse parse error echoes the offending input), so
// the log gets codes plus the first line of the message with quoted literals masked.
export function loggableError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const { code, type } = err as { code?: unknown; type?: unknown };
  const firstLine = err.message.split('\n', 1)[0] ?? '';
  const message = firstLine.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '<…>').slice(0, 200);
  return { name: err.name, code, type, message };
}

/** Partition p belongs to lane p mod lanes. */
function lanePartitions(lane: number, lanes: number): number[] {
  return ALL_PARTITIONS.filter((p) => p % lanes === lane);
}

/**
 * Relays in the background, one loop per lane: back-to-back while batches come back full,
 * otherwise every intervalMs; failures are logged and retried with exponential backoff.
 */
export function startRelay<DB extends OutboxDB>(db: Kysely<DB>, sink: EventSink, opts: RelayOptions): RelayHandle {
  const log = opts.logger.child({ module: 'analytics-relay' });
  const lanes = opts.lanes ?? 1;
  if (!Number.isInteger(lanes) || lanes < 1 || lanes > RELAY_PARTITIONS) {
    throw new RangeError(`lanes must be an integer from 1 to ${RELAY_PARTITIONS}, got ${lanes}`);
  }
  // The lanes' batches and drain() run one at a time per lane, so drain() cannot return while
  // the loop still holds a partition lock that drain's batches would have skipped.
  const queues: Array<Promise<unknown>> = Array.from({ length: lanes }, () => Promise.resolve());
  const exclusive = <T>(i: number, work: () => Promise<T>): Promise<T> => {
    const run = queues[i]!.then(work);
    queues[i] = run.catch(() => undefined);
    return run;
  };

  let stopping = false;
  const wakers = new Set<() => void>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (stopping) return resolve();
      const wake = () => {
        clearTimeout(timer);
        wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      wakers.add(wake);
    });

  const loops = Array.from({ length: lanes }, async (_, i) => {
    const laneOpts = { batchSize: opts.batchSize, maxWaitMs: opts.maxWaitMs, now: opts.now, partitions: lanePartitions(i, lanes) };
    const batch = () => shipBatch(db, sink, laneOpts);
    let failures = 0;
    while (!stopping) {
      try {
        const { shipped, waitMs } = await exclusive(i, batch);
        failures = 0;
        // A batch left to fill is read again when it is due, not at every poll.
        if (shipped < opts.batchSize) await sleep(Math.max(opts.intervalMs, waitMs));
      } catch (err) {
        failures += 1;
        relayCounters.failures += 1;
        const retryInMs = backoffMs(failures, opts.intervalMs);
        log.error({ error: loggableError(err), failures, retryInMs, lane: i }, 'outbox relay batch failed');
        await sleep(retryInMs);
      }
    }
  });

  return {
    async stop() {
      stopping = true;
      for (const wake of wakers) wake();
      await Promise.all(loops);
    },
    drain: async () => {
      await Promise.all(
        Array.from({ length: lanes }, (_, i) =>
          exclusive(i, async () => {
            const all = { batchSize: opts.batchSize, partitions: lanePartitions(i, lanes) };
            // A partition another relay holds is skipped (0); it ships it, not us.
            while ((await relayBatch(db, sink, all)) > 0);
          }),
        ),
      );
    },
  };
}
