import type { ColumnType, Generated, Kysely } from 'kysely';

// The outbox as migrations/20261121000000_core.ts creates it, declared here so analytics does
// not import api code. Kept column-for-column equal to the api's OutboxTable so the api can pass
// its own Kysely instance.
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface OutboxTable {
  id: Generated<string>;
  event_id: Generated<string>;
  event_type: string;
  /** The catalogue version of event_type's payload schema the writer validated against. */
  event_version: Generated<number>;
  aggregate_type: string;
  aggregate_id: string;
  /** NOT NULL jsonb: read as unknown, written as any value but null. */
  payload: ColumnType<unknown, NonNullable<unknown>, NonNullable<unknown>>;
  occurred_at: Timestamp;
  published_at: Timestamp | null;
}

export interface OutboxDB {
  outbox: OutboxTable;
}

// Kysely<DB> is invariant in DB, so a caller's wider schema (the api's full DB) would not be
// accepted as Kysely<OutboxDB>. Functions take any schema containing the outbox and narrow it
// here; they touch no other table.
export function outboxOnly<DB extends OutboxDB>(db: Kysely<DB>): Kysely<OutboxDB> {
  return db as unknown as Kysely<OutboxDB>;
}
