import { type Kysely, sql } from 'kysely';

// User reports of a listing or a user, queued for moderation. The CHECK lists of target types and
// reasons are widened by a later migration (review, message) rather than left open-ended text.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('reporter_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('target_type', 'text', (c) => c.notNull().check(sql`target_type IN ('listing', 'user')`))
    // Polymorphic: no foreign key; the service checks the target exists.
    .addColumn('target_id', 'uuid', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`reason IN ('spam', 'prohibited_item', 'counterfeit', 'fraud', 'harassment', 'offensive', 'other')`))
    .addColumn('note', 'text', (c) => c.check(sql`char_length(note) <= 2000`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('open', 'actioned', 'dismissed')`))
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decision_note', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX reports_queue_idx ON reports (status, created_at DESC, id DESC)`.execute(db);
  // One open report per reporter and target: a second is a 409, not a louder vote.
  await sql`CREATE UNIQUE INDEX reports_one_open_per_reporter_target ON reports (reporter_id, target_type, target_id) WHERE status = 'open'`.execute(db);
  // Serves the queue's "open reports on the same target" count.
  await sql`CREATE INDEX reports_open_target_idx ON reports (target_type, target_id) WHERE status = 'open'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reports').execute();
}
