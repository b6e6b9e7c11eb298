import type { IsolationLevel, Kysely, Transaction } from 'kysely';
import type { DB } from './schema';

export interface TransactionOptions {
  /**
   * False when the callback does more than database work (calls a payment provider, ClickHouse, a
   * queue): a retry would repeat that call, so such a transaction fails instead.
   */
  retry?: boolean;
  isolation?: IsolationLevel;
  readOnly?: boolean;
}

/** Attempts in all, the first included. */
const MAX_ATTEMPTS = 4;
/** The first retry waits up to this long; each next one up to twice as long. */
const BASE_DELAY_MS = 20;

/**
 * Runs `fn` in one transaction. When Postgres aborts it for a serialization failure (40001) or a
 * deadlock (40P01) — nothing was written, and running again is expected to succeed — the whole
 * callback runs again in a fresh transaction, a bounded number of times, after a random pause so
 * the transactions that collided do not collide again.
 */
export async function inTransaction<T>(db: Kysely<DB>, fn: (trx: Transaction<DB>) => Promise<T>, opts: TransactionOptions = {}): Promise<T> {
  const attempts = opts.retry === false ? 1 : MAX_ATTEMPTS;
  for (let attempt = 1; ; attempt += 1) {
    try {
      let builder = db.transaction();
      if (opts.isolation) builder = builder.setIsolationLevel(opts.isolation);
      if (opts.readOnly) builder = builder.setAccessMode('read only');
      return await builder.execute(fn);
    } catch (err) {
      if (attempt >= attempts || !isRetryable(err)) throw err;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * BASE_DELAY_MS * 2 ** (attempt - 1)));
    }
  }
}

const sqlState = (err: unknown) => (err as { code?: unknown } | null)?.code;

/** Serialization failure or deadlock: the transaction was rolled back and may succeed if run again. */
function isRetryable(err: unknown): boolean {
  const code = sqlState(err);
  return code === '40001' || code === '40P01';
}

/** A unique violation (23505), of `constraint` when given (the index or constraint name Postgres reports). */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  return sqlState(err) === '23505' && (constraint === undefined || (err as { constraint?: string }).constraint === constraint);
}
