import { type Kysely, sql } from 'kysely';

// Buyer disputes: the `disputes` row grows the arbitration fields (deadlines, assignment, resolution);
// the parties' order conversation, the dispute thread and evidence (files envelope-encrypted: they
// hold personal data); in-app notifications; the arbitrator rotation cursor; and messages become a
// report target. Messages, evidence and notifications' content are evidence, so they are append-only.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE disputes DROP CONSTRAINT disputes_status_check`.execute(db);
  await db.schema
    .alterTable('disputes')
    .addColumn('description', 'text', (c) => c.check(sql`char_length(description) BETWEEN 1 AND 5000`))
    .addColumn('opened_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('assigned_arbitrator_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('assigned_at', 'timestamptz')
    .addColumn('seller_response_due_at', 'timestamptz')
    .addColumn('seller_responded_at', 'timestamptz')
    .addColumn('evidence_due_at', 'timestamptz')
    .addColumn('sla_due_at', 'timestamptz')
    .addColumn('resolution', 'text', (c) => c.check(sql`resolution IN ('refund', 'release', 'split')`))
    .addColumn('refund_amount', 'bigint', (c) => c.check(sql`refund_amount >= 0`))
    .addColumn('resolved_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('resolved_at', 'timestamptz')
    .addColumn('resolution_note', 'text', (c) => c.check(sql`char_length(resolution_note) <= 2000`))
    .execute();
  await db.schema
    .alterTable('disputes')
    .addCheckConstraint(
      'disputes_status_check',
      sql`(source = 'chargeback' AND status IN ('open', 'won', 'lost'))
      OR (source = 'buyer' AND status IN ('awaiting_seller', 'under_review', 'resolved'))`,
    )
    .execute();
  await db.schema
    .alterTable('disputes')
    .addCheckConstraint(
      'disputes_buyer_fields',
      sql`source = 'chargeback'
      OR (opened_by IS NOT NULL AND description IS NOT NULL AND seller_response_due_at IS NOT NULL AND evidence_due_at IS NOT NULL)`,
    )
    .execute();
  await db.schema
    .alterTable('disputes')
    .addCheckConstraint('disputes_resolved_fields', sql`(status = 'resolved') = (resolution IS NOT NULL AND resolved_at IS NOT NULL)`)
    .execute();
  // At most one live buyer dispute per order.
  await sql`CREATE UNIQUE INDEX disputes_one_live_buyer ON disputes (order_id) WHERE source = 'buyer' AND status <> 'resolved'`.execute(db);
  // The staff queue: newest first, keyset on (created_at, id).
  await sql`CREATE INDEX disputes_queue_idx ON disputes (created_at, id) WHERE source = 'buyer'`.execute(db);

  await db.schema
    .createTable('order_messages')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('order_id', 'uuid', (c) => c.notNull().references('orders.id'))
    .addColumn('author_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull().check(sql`char_length(body) BETWEEN 1 AND 5000`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX order_messages_order_idx ON order_messages (order_id, created_at, id)`.execute(db);

  await db.schema
    .createTable('dispute_messages')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('dispute_id', 'uuid', (c) => c.notNull().references('disputes.id'))
    .addColumn('author_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull().check(sql`char_length(body) BETWEEN 1 AND 5000`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX dispute_messages_dispute_idx ON dispute_messages (dispute_id, created_at, id)`.execute(db);

  await db.schema
    .createTable('dispute_evidence')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('dispute_id', 'uuid', (c) => c.notNull().references('disputes.id'))
    .addColumn('author_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('text', 'file')`))
    .addColumn('text', 'text', (c) => c.check(sql`char_length(text) BETWEEN 1 AND 5000`))
    .addColumn('filename', 'text', (c) => c.check(sql`char_length(filename) BETWEEN 1 AND 255`))
    .addColumn('content_type', 'text', (c) => c.check(sql`content_type IN ('application/pdf', 'image/jpeg', 'image/png')`))
    .addColumn('size_bytes', 'integer', (c) => c.check(sql`size_bytes BETWEEN 1 AND 5242880`))
    .addColumn('key_id', 'text')
    .addColumn('wrapped_key', 'bytea')
    .addColumn('content', 'bytea')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint(
      'dispute_evidence_shape',
      sql`(kind = 'text' AND text IS NOT NULL AND content IS NULL)
      OR (kind = 'file' AND text IS NULL AND filename IS NOT NULL AND content_type IS NOT NULL AND size_bytes IS NOT NULL
          AND key_id IS NOT NULL AND wrapped_key IS NOT NULL AND content IS NOT NULL)`,
    )
    .execute();
  await sql`CREATE INDEX dispute_evidence_dispute_idx ON dispute_evidence (dispute_id, created_at, id)`.execute(db);

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at, id)`.execute(db);

  // One row: the arbitrator who got the last automatic assignment; locked FOR UPDATE to assign.
  await db.schema
    .createTable('arbitration_rotation')
    .addColumn('id', 'boolean', (c) =>
      c
        .primaryKey()
        .defaultTo(true)
        .check(sql`id`),
    )
    .addColumn('last_arbitrator_id', 'uuid', (c) => c.references('users.id'))
    .execute();
  await sql`INSERT INTO arbitration_rotation (id) VALUES (true)`.execute(db);

  for (const table of ['order_messages', 'dispute_messages', 'dispute_evidence']) {
    // Evidence is never edited; key rotation rewraps data keys, so evidence allows UPDATE of those only.
    const events = table === 'dispute_evidence' ? 'DELETE OR TRUNCATE' : 'UPDATE OR DELETE OR TRUNCATE';
    await sql`CREATE TRIGGER ${sql.raw(`${table}_append_only`)} BEFORE ${sql.raw(events)} ON ${sql.table(table)}
              FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()`.execute(db);
  }

  await sql`ALTER TABLE reports DROP CONSTRAINT reports_target_type_check`.execute(db);
  await sql`ALTER TABLE reports ADD CONSTRAINT reports_target_type_check CHECK (target_type IN ('listing', 'user', 'message'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DELETE FROM reports WHERE target_type = 'message'`.execute(db);
  await sql`ALTER TABLE reports DROP CONSTRAINT reports_target_type_check`.execute(db);
  await sql`ALTER TABLE reports ADD CONSTRAINT reports_target_type_check CHECK (target_type IN ('listing', 'user'))`.execute(db);
  for (const table of ['arbitration_rotation', 'notifications', 'dispute_evidence', 'dispute_messages', 'order_messages']) await db.schema.dropTable(table).execute();
  await sql`DELETE FROM disputes WHERE source = 'buyer'`.execute(db);
  await sql`DROP INDEX disputes_queue_idx`.execute(db);
  await sql`DROP INDEX disputes_one_live_buyer`.execute(db);
  for (const name of ['disputes_resolved_fields', 'disputes_buyer_fields', 'disputes_status_check']) await db.schema.alterTable('disputes').dropConstraint(name).execute();
  await db.schema
    .alterTable('disputes')
    .dropColumn('description')
    .dropColumn('opened_by')
    .dropColumn('assigned_arbitrator_id')
    .dropColumn('assigned_at')
    .dropColumn('seller_response_due_at')
    .dropColumn('seller_responded_at')
    .dropColumn('evidence_due_at')
    .dropColumn('sla_due_at')
    .dropColumn('resolution')
    .dropColumn('refund_amount')
    .dropColumn('resolved_by')
    .dropColumn('resolved_at')
    .dropColumn('resolution_note')
    .execute();
  await sql`ALTER TABLE disputes ADD CONSTRAINT disputes_status_check CHECK (status IN ('open', 'won', 'lost'))`.execute(db);
}
