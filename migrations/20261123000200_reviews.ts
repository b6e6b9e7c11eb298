import { type Kysely, sql } from 'kysely';

// Two-way double-blind reviews on completed orders, their moderation history (with undoable bulk
// batches), device/card fingerprints for the "accounts share a device or card" flag, and `review`
// as a report target.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reviews')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('order_id', 'uuid', (c) => c.notNull().references('orders.id'))
    .addColumn('author_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('subject_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('author_role', 'text', (c) => c.notNull().check(sql`author_role IN ('buyer', 'seller')`))
    .addColumn('rating', 'smallint', (c) => c.notNull().check(sql`rating BETWEEN 1 AND 5`))
    // A buyer rates the item, communication and shipping; a seller rates communication and payment.
    .addColumn('item_as_described', 'smallint', (c) => c.check(sql`item_as_described BETWEEN 1 AND 5`))
    .addColumn('communication', 'smallint', (c) => c.notNull().check(sql`communication BETWEEN 1 AND 5`))
    .addColumn('shipping', 'smallint', (c) => c.check(sql`shipping BETWEEN 1 AND 5`))
    .addColumn('payment', 'smallint', (c) => c.check(sql`payment BETWEEN 1 AND 5`))
    .addColumn('text', 'text', (c) => c.notNull().check(sql`char_length(text) BETWEEN 1 AND 2000`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('published', 'flagged', 'removed')`))
    // Double-blind: shown once both parties reviewed (set to that moment) or the window closes
    // (set at insert); "visible" is `visible_at <= now`, so nothing has to flip it later.
    .addColumn('visible_at', 'timestamptz', (c) => c.notNull())
    .addColumn('reply', 'text', (c) => c.check(sql`char_length(reply) BETWEEN 1 AND 2000`))
    .addColumn('replied_at', 'timestamptz')
    .addColumn('flags', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('removed_reason', 'text', (c) => c.check(sql`char_length(removed_reason) BETWEEN 1 AND 2000`))
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('reviews_one_per_author_order', ['order_id', 'author_id'])
    .addCheckConstraint(
      'reviews_sub_ratings_by_role',
      sql`
      (author_role = 'buyer' AND item_as_described IS NOT NULL AND shipping IS NOT NULL AND payment IS NULL)
      OR (author_role = 'seller' AND payment IS NOT NULL AND item_as_described IS NULL AND shipping IS NULL)`,
    )
    .addCheckConstraint('reviews_removed_has_reason', sql`(status = 'removed') = (removed_reason IS NOT NULL)`)
    .addCheckConstraint('reviews_reply_together', sql`(reply IS NULL) = (replied_at IS NULL)`)
    .execute();
  await sql`CREATE INDEX reviews_subject_idx ON reviews (subject_id, created_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX reviews_author_idx ON reviews (author_id, created_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX reviews_queue_idx ON reviews (status, created_at DESC, id DESC)`.execute(db);

  await db.schema
    .createTable('review_decision_batches')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('decision', 'text', (c) => c.notNull().check(sql`decision IN ('publish', 'remove')`))
    .addColumn('reason', 'text')
    .addColumn('staff_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('undone_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('undone_at', 'timestamptz')
    .execute();
  // Every status change a moderator makes, with the state before it: the evidence and what undo restores.
  await db.schema
    .createTable('review_decisions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // Orders decisions on one review even when they share a timestamp (undo compares with the latest).
    .addColumn('seq', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity())
    .addColumn('review_id', 'uuid', (c) => c.notNull().references('reviews.id'))
    .addColumn('batch_id', 'uuid', (c) => c.references('review_decision_batches.id'))
    .addColumn('decision', 'text', (c) => c.notNull().check(sql`decision IN ('publish', 'remove', 'undo')`))
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('from_removed_reason', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('staff_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX review_decisions_review_idx ON review_decisions (review_id, seq)`.execute(db);
  await sql`CREATE INDEX review_decisions_batch_idx ON review_decisions (batch_id) WHERE batch_id IS NOT NULL`.execute(db);
  // The history is evidence: an undo is a new row, never an edit.
  await sql`CREATE TRIGGER review_decisions_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON review_decisions
            FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()`.execute(db);

  // Only hashes: a raw device id or card fingerprint is never stored.
  await db.schema
    .createTable('user_fingerprints')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('device', 'card')`))
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('user_fingerprints_unique', ['user_id', 'kind', 'hash'])
    .execute();
  await sql`CREATE INDEX user_fingerprints_hash_idx ON user_fingerprints (kind, hash)`.execute(db);

  await sql`ALTER TABLE reports DROP CONSTRAINT reports_target_type_check`.execute(db);
  await sql`ALTER TABLE reports ADD CONSTRAINT reports_target_type_check CHECK (target_type IN ('listing', 'user', 'message', 'review'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DELETE FROM reports WHERE target_type = 'review'`.execute(db);
  await sql`ALTER TABLE reports DROP CONSTRAINT reports_target_type_check`.execute(db);
  await sql`ALTER TABLE reports ADD CONSTRAINT reports_target_type_check CHECK (target_type IN ('listing', 'user', 'message'))`.execute(db);
  await db.schema.dropTable('user_fingerprints').execute();
  await db.schema.dropTable('review_decisions').execute();
  await db.schema.dropTable('review_decision_batches').execute();
  await db.schema.dropTable('reviews').execute();
}
