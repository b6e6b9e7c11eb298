import { type Kysely, sql } from 'kysely';

// The audit view and entity timelines read the log newest first by entity or by actor.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, id)`.execute(db);
  await sql`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX audit_log_actor_idx`.execute(db);
  await sql`DROP INDEX audit_log_entity_idx`.execute(db);
}
