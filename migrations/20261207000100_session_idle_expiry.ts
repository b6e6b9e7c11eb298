import { type Kysely, sql } from 'kysely';

// A staff console session also ends after a while unused (ASVS V3.3.2): `idle_seconds` is that while
// (null: no idle limit, as for app tokens) and `last_seen_at` when the session was last used, moved
// forward at most once a minute by authentication (http/auth.ts).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE sessions ADD COLUMN idle_seconds integer CHECK (idle_seconds > 0)`.execute(db);
  await sql`ALTER TABLE sessions ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now()`.execute(db);
  await sql`UPDATE sessions SET last_seen_at = created_at`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE sessions DROP COLUMN last_seen_at`.execute(db);
  await sql`ALTER TABLE sessions DROP COLUMN idle_seconds`.execute(db);
}
