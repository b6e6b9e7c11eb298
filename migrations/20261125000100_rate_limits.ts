import { type Kysely, sql } from 'kysely';

// Rate-limit counters (api/src/http/rate-limits.ts), in the shape rate-limiter-flexible's
// RateLimiterPostgres reads and writes: one row per limiter key (a prefix and a hashed subject, never an
// email or address in the clear), `expire` in epoch milliseconds, null for never. The limiter deletes
// rows an hour past their expiry. UNLOGGED: every API request writes here, and a counter is worth no
// WAL flush; a Postgres crash empties the table, which resets budgets and lockouts, nothing more.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE UNLOGGED TABLE rate_limits (
    key varchar(255) PRIMARY KEY,
    points integer NOT NULL DEFAULT 0,
    expire bigint
  )`.execute(db);
  await sql`CREATE INDEX rate_limits_expire_idx ON rate_limits (expire)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE rate_limits`.execute(db);
}
