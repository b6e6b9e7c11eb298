import { type Kysely, sql } from 'kysely';
import { type OutboxDB, outboxOnly } from './outbox';

/**
 * This process's counters since start (Prometheus counters: each process reports its own):
 * events the relay shipped and its failed batches; events the broker consumer wrote and its
 * failed batches.
 */
export const relayCounters = { relayed: 0, failures: 0, consumed: 0, consumerFailures: 0 };

export interface RelayBacklog {
  /** Unpublished outbox events: exact up to EXACT_BACKLOG_UP_TO, an estimate above (see below). */
  events: number;
  /** Age of the oldest unpublished event (now − its occurred_at); 0 when none is waiting. */
  lagSeconds: number;
}

export const EXACT_BACKLOG_UP_TO = 10_000;

/**
 * Backlog and lag in one round trip whose cost does not grow with the backlog: every part reads
 * the partial index on unpublished ids (min, max and the oldest row are single index probes; the
 * exact count stops at EXACT_BACKLOG_UP_TO + 1 entries). Above that the count is the id span of
 * the backlog, an upper bound (sequence gaps and rows already shipped inside the span count):
 * good enough to alert on, never a count(*) over millions of rows on every scrape.
 */
export async function relayBacklog<DB extends OutboxDB>(db: Kysely<DB>): Promise<RelayBacklog> {
  const { rows } = await sql<{ capped: number; span: string | null; lag: number | null }>`
    SELECT
      (SELECT count(*)::int FROM (SELECT 1 FROM outbox WHERE published_at IS NULL LIMIT ${EXACT_BACKLOG_UP_TO + 1}) s) AS capped,
      (SELECT max(id) - min(id) + 1 FROM outbox WHERE published_at IS NULL) AS span,
      (SELECT greatest(0, extract(epoch FROM now() - occurred_at))::float8 FROM outbox
        WHERE published_at IS NULL ORDER BY id LIMIT 1) AS lag`.execute(outboxOnly(db));
  const row = rows[0]!;
  return { events: row.capped > EXACT_BACKLOG_UP_TO ? Number(row.span) : row.capped, lagSeconds: row.lag ?? 0 };
}
