import { type Kysely, sql } from 'kysely';

// Listing moderation: review statuses, the automatic flags and the moderator's note on the listing, an
// append-only history of decisions (bulk ones share a batch so they can be undone), and identity
// document review (the verdict on the document, the verified mark on the user).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE listings DROP CONSTRAINT listings_status_check`.execute(db);
  await sql`ALTER TABLE listings ADD CONSTRAINT listings_status_check
            CHECK (status IN ('active', 'reserved', 'sold', 'removed', 'pending_review', 'changes_requested', 'rejected'))`.execute(db);
  await db.schema
    .alterTable('listings')
    .addColumn('moderation_flags', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('moderation_note', 'text')
    .execute();

  await db.schema
    .createTable('listing_decision_batches')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('staff_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('decision', 'text', (c) => c.notNull().check(sql`decision IN ('approve', 'request_changes', 'reject')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('undone_at', 'timestamptz')
    .addColumn('undone_by', 'uuid', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .createTable('listing_decisions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('listing_id', 'uuid', (c) => c.notNull().references('listings.id'))
    .addColumn('batch_id', 'uuid', (c) => c.references('listing_decision_batches.id'))
    .addColumn('decision', 'text', (c) => c.notNull().check(sql`decision IN ('approve', 'request_changes', 'reject', 'remove', 'undo')`))
    .addColumn('note', 'text', (c) => c.check(sql`char_length(note) BETWEEN 1 AND 2000`))
    .addColumn('previous_status', 'text', (c) => c.notNull())
    // What an undo puts back alongside the status.
    .addColumn('previous_note', 'text')
    .addColumn('new_status', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX listing_decisions_listing_idx ON listing_decisions (listing_id, created_at, id)`.execute(db);
  await sql`CREATE INDEX listing_decisions_batch_idx ON listing_decisions (batch_id) WHERE batch_id IS NOT NULL`.execute(db);
  await sql`CREATE TRIGGER listing_decisions_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON listing_decisions
            FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()`.execute(db);

  // What an actioned report did to its target.
  await db.schema
    .alterTable('reports')
    .addColumn('action', 'text', (c) => c.check(sql`action IN ('remove_listing', 'request_changes', 'warn_user', 'suspend_user', 'remove_review')`))
    .execute();

  await sql`ALTER TABLE identity_documents DROP CONSTRAINT identity_documents_status_check`.execute(db);
  await sql`ALTER TABLE identity_documents ADD CONSTRAINT identity_documents_status_check CHECK (status IN ('submitted', 'approved', 'rejected'))`.execute(db);
  await db.schema
    .alterTable('identity_documents')
    .addColumn('reviewed_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('review_reason', 'text', (c) => c.check(sql`char_length(review_reason) BETWEEN 1 AND 2000`))
    .execute();
  await sql`CREATE INDEX identity_documents_review_idx ON identity_documents (status, created_at DESC, id DESC)`.execute(db);
  await db.schema.alterTable('users').addColumn('identity_verified_at', 'timestamptz').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('identity_verified_at').execute();
  await sql`DROP INDEX identity_documents_review_idx`.execute(db);
  await db.schema.alterTable('identity_documents').dropColumn('reviewed_by').dropColumn('reviewed_at').dropColumn('review_reason').execute();
  await sql`UPDATE identity_documents SET status = 'submitted'`.execute(db);
  await sql`ALTER TABLE identity_documents DROP CONSTRAINT identity_documents_status_check`.execute(db);
  await sql`ALTER TABLE identity_documents ADD CONSTRAINT identity_documents_status_check CHECK (status IN ('submitted'))`.execute(db);
  await db.schema.alterTable('reports').dropColumn('action').execute();
  await db.schema.dropTable('listing_decisions').execute();
  await db.schema.dropTable('listing_decision_batches').execute();
  await db.schema.alterTable('listings').dropColumn('moderation_flags').dropColumn('moderation_note').execute();
  // Listings still under review cannot be represented in the old schema; they come down as removed.
  await sql`UPDATE listings SET status = 'removed' WHERE status IN ('pending_review', 'changes_requested', 'rejected')`.execute(db);
  await sql`ALTER TABLE listings DROP CONSTRAINT listings_status_check`.execute(db);
  await sql`ALTER TABLE listings ADD CONSTRAINT listings_status_check CHECK (status IN ('active', 'reserved', 'sold', 'removed'))`.execute(db);
}
