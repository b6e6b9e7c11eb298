import { type Kysely, sql } from 'kysely';

// Events are checked against the catalogue (analytics/src/catalogue) before they enter the outbox.
// A valid one is stamped with its schema version; rows written before versions existed are version 1.
// An unknown or invalid one is kept, with the reason, in an append-only dead-letter table written in
// the same transaction as the business change. Its columns are as loose as they can be (text, not
// uuid; nullable version): a dead letter must never be what makes the business change fail.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE outbox ADD COLUMN event_version smallint NOT NULL DEFAULT 1`.execute(db);

  await db.schema
    .createTable('outbox_dead_letters')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('event_version', 'smallint')
    .addColumn('aggregate_type', 'text', (c) => c.notNull())
    .addColumn('aggregate_id', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    // Milliseconds, as the app writes every other created_at: the page cursor carries a JavaScript
    // date, and microseconds below it would hide rows from the next page.
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`date_trunc('milliseconds', now())`))
    .execute();
  // The admin list pages newest first by (created_at, id), like every admin list.
  await sql`CREATE INDEX outbox_dead_letters_created_idx ON outbox_dead_letters (created_at, id)`.execute(db);
  // Evidence of what analytics did not get: never edited or deleted (the core schema's guard).
  await sql`CREATE TRIGGER outbox_dead_letters_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON outbox_dead_letters
            FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('outbox_dead_letters').execute();
  await sql`ALTER TABLE outbox DROP COLUMN event_version`.execute(db);
}
