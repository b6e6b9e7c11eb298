import { type Kysely, sql } from 'kysely';

// Stream cases: the stream scorer opens fraud cases from ClickHouse windows, about an account or a
// group of accounts rather than one order. `source` tells them apart from payment-time cases (which
// always have an order); `detector` + `subject_key` name what fired and about whom (a seller id, a
// shared fingerprint hash, a review ring), and at most one such case is open at a time.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('fraud_cases')
    .addColumn('source', 'text', (c) =>
      c
        .notNull()
        .defaultTo('payment')
        .check(sql`source IN ('payment', 'stream')`),
    )
    .addColumn('detector', 'text')
    .addColumn('subject_key', 'text')
    .addColumn('evidence', 'jsonb')
    .execute();
  await sql`ALTER TABLE fraud_cases ALTER COLUMN order_id DROP NOT NULL`.execute(db);
  await sql`ALTER TABLE fraud_cases ADD CONSTRAINT fraud_cases_source_shape CHECK (
              (source = 'payment' AND order_id IS NOT NULL AND detector IS NULL AND subject_key IS NULL)
              OR (source = 'stream' AND detector IS NOT NULL AND subject_key IS NOT NULL AND evidence IS NOT NULL))`.execute(db);
  await sql`CREATE UNIQUE INDEX fraud_cases_open_stream_subject ON fraud_cases (detector, subject_key) WHERE status = 'open' AND source = 'stream'`.execute(db);
  // The cool-off looks up the latest decided case per detector + subject.
  await sql`CREATE INDEX fraud_cases_stream_decided_idx ON fraud_cases (detector, subject_key, decided_at) WHERE source = 'stream' AND status = 'closed'`.execute(db);
  await sql`CREATE INDEX fraud_cases_source_idx ON fraud_cases (source, created_at)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  // Order-less cases cannot survive NOT NULL; their notes go with them (past the append-only guard).
  await sql`ALTER TABLE fraud_case_notes DISABLE TRIGGER fraud_case_notes_append_only`.execute(db);
  await sql`DELETE FROM fraud_case_notes WHERE case_id IN (SELECT id FROM fraud_cases WHERE order_id IS NULL)`.execute(db);
  await sql`ALTER TABLE fraud_case_notes ENABLE TRIGGER fraud_case_notes_append_only`.execute(db);
  await sql`DELETE FROM fraud_cases WHERE order_id IS NULL`.execute(db);
  await sql`ALTER TABLE fraud_cases DROP CONSTRAINT fraud_cases_source_shape`.execute(db);
  await sql`ALTER TABLE fraud_cases ALTER COLUMN order_id SET NOT NULL`.execute(db);
  await db.schema.alterTable('fraud_cases').dropColumn('evidence').dropColumn('subject_key').dropColumn('detector').dropColumn('source').execute();
}
