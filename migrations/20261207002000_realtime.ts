import { type Kysely, sql } from 'kysely';

// The real-time channel's durable store: each user's stream of events, numbered without gaps.
//
// `realtime_heads` holds each user's last sequence number; a publisher increments it under the row
// lock, so the numbers of one user commit in order and a client resuming from cursor N misses nothing
// committed later with a smaller number. Events are envelope-encrypted (they can carry a message's
// text) and kept for REALTIME_RETENTION_DAYS; a cursor older than that is told to resynchronise.
//
// A session revoked for any reason (logout, password change, suspension, deletion) is announced on
// the same channel, so every API process closes that session's sockets at once.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE realtime_heads (
      user_id uuid PRIMARY KEY REFERENCES users(id),
      seq bigint NOT NULL CHECK (seq > 0)
    )`.execute(db);
  await sql`
    CREATE TABLE realtime_events (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id),
      seq bigint NOT NULL,
      type text NOT NULL CHECK (type ~ '^[a-z_]+(\\.[a-z_]+)+$'),
      key_id text NOT NULL,
      wrapped_key bytea NOT NULL,
      data bytea NOT NULL,
      created_at timestamptz NOT NULL,
      UNIQUE (user_id, seq)
    )`.execute(db);
  await sql`CREATE INDEX realtime_events_created ON realtime_events (created_at)`.execute(db);
  await sql`
    CREATE FUNCTION announce_session_revoked() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('agora_realtime', json_build_object('k', 's', 'u', NEW.user_id)::text);
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER sessions_revoked_announce AFTER UPDATE OF revoked_at ON sessions
    FOR EACH ROW WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL)
    EXECUTE FUNCTION announce_session_revoked()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER sessions_revoked_announce ON sessions`.execute(db);
  await sql`DROP FUNCTION announce_session_revoked()`.execute(db);
  await sql`DROP TABLE realtime_events`.execute(db);
  await sql`DROP TABLE realtime_heads`.execute(db);
}
