import { type Kysely, sql } from 'kysely';

// Notifications that reach people. The inbox row (`notifications`) is the in-app channel; each other
// channel the recipient's preferences enable gets one `notification_deliveries` row, written in the same
// transaction, unique per (notification, channel) so a replayed notify or a redelivery never doubles it.
// The worker claims due rows with FOR UPDATE SKIP LOCKED and retries with backoff until `failed`.
// A new pending row wakes the worker at once through pg_notify (the poll is only a fallback).
//
// Preferences keep only what differs from the defaults (per type, per channel), the quiet hours and the
// user's IANA time zone. Push subscriptions are personal (an endpoint identifies a browser): the endpoint
// and its keys are envelope-encrypted, and a hash of the endpoint makes re-subscribing idempotent.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE notifications ADD COLUMN read_at timestamptz`.execute(db);
  await sql`CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL`.execute(db);
  await sql`
    CREATE TABLE notification_deliveries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      notification_id uuid NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id),
      channel text NOT NULL CHECK (channel IN ('realtime', 'email', 'push')),
      digest boolean NOT NULL DEFAULT false,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'skipped', 'failed')),
      attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      next_attempt_at timestamptz NOT NULL,
      last_error text,
      created_at timestamptz NOT NULL,
      finished_at timestamptz,
      UNIQUE (notification_id, channel)
    )`.execute(db);
  await sql`CREATE INDEX notification_deliveries_due ON notification_deliveries (next_attempt_at) WHERE status = 'pending'`.execute(db);
  await sql`CREATE INDEX notification_deliveries_user ON notification_deliveries (user_id)`.execute(db);
  await sql`
    CREATE TABLE notification_preferences (
      user_id uuid PRIMARY KEY REFERENCES users(id),
      channels jsonb NOT NULL DEFAULT '{}',
      quiet_start text CHECK (quiet_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      quiet_end text CHECK (quiet_end ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      time_zone text NOT NULL DEFAULT 'UTC',
      updated_at timestamptz NOT NULL,
      CHECK ((quiet_start IS NULL) = (quiet_end IS NULL))
    )`.execute(db);
  await sql`
    CREATE TABLE push_subscriptions (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id),
      endpoint_hash bytea NOT NULL,
      key_id text NOT NULL,
      wrapped_key bytea NOT NULL,
      endpoint bytea NOT NULL,
      keys bytea NOT NULL,
      created_at timestamptz NOT NULL,
      UNIQUE (user_id, endpoint_hash)
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE push_subscriptions`.execute(db);
  await sql`DROP TABLE notification_preferences`.execute(db);
  await sql`DROP TABLE notification_deliveries`.execute(db);
  await sql`DROP INDEX notifications_unread`.execute(db);
  await sql`ALTER TABLE notifications DROP COLUMN read_at`.execute(db);
}
