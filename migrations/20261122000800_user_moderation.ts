import { type Kysely, sql } from 'kysely';

// User moderation: a suspension marker on the user and an append-only history of staff actions
// (warn, suspend, reinstate). The history is evidence, so it is never edited.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('suspended_at', 'timestamptz').execute();
  await db.schema
    .createTable('user_moderation_actions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action IN ('warn', 'suspend', 'reinstate')`))
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`char_length(reason) BETWEEN 1 AND 2000`))
    .addColumn('staff_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX user_moderation_actions_user_idx ON user_moderation_actions (user_id, created_at, id)`.execute(db);
  await sql`CREATE TRIGGER user_moderation_actions_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON user_moderation_actions
            FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('user_moderation_actions').execute();
  await db.schema.alterTable('users').dropColumn('suspended_at').execute();
}
