import { type Kysely, sql } from 'kysely';

// Fraud case manager: an assignee, a snooze, a closing label kept as a training label, and
// append-only analyst notes (an investigation record is evidence, so never edited).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('fraud_cases')
    .addColumn('assignee_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('snoozed_until', 'timestamptz')
    .addColumn('closing_label', 'text', (c) => c.check(sql`closing_label IN ('stolen_card', 'account_takeover', 'friendly_fraud', 'collusion', 'false_positive', 'other')`))
    .execute();
  await sql`CREATE INDEX fraud_cases_assignee_idx ON fraud_cases (assignee_id, status) WHERE assignee_id IS NOT NULL`.execute(db);

  await db.schema
    .createTable('fraud_case_notes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('fraud_cases.id'))
    .addColumn('author_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull().check(sql`char_length(body) BETWEEN 1 AND 5000`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX fraud_case_notes_case_idx ON fraud_case_notes (case_id, created_at)`.execute(db);
  await sql`CREATE TRIGGER fraud_case_notes_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON fraud_case_notes
            FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('fraud_case_notes').execute();
  await db.schema.alterTable('fraud_cases').dropColumn('closing_label').dropColumn('snoozed_until').dropColumn('assignee_id').execute();
}
