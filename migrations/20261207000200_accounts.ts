import { type Kysely, sql } from 'kysely';

// Accounts people can trust: a verified email, the user's language for mail, what a session was opened
// from (shown in the user's session list) and when its owner last proved who they are (step-up), the
// single-use tokens mailed for verification and recovery (hashed), and the user's security events.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE users ADD COLUMN email_verified_at timestamptz`.execute(db);
  await sql`ALTER TABLE users ADD COLUMN locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'fr'))`.execute(db);

  await sql`ALTER TABLE sessions ADD COLUMN stepped_up_at timestamptz`.execute(db);
  await sql`ALTER TABLE sessions ADD COLUMN user_agent text CHECK (length(user_agent) <= 200)`.execute(db);
  // Never the full address: the /24 (IPv4) or /48 (IPv6) network the session came from, as "where".
  await sql`ALTER TABLE sessions ADD COLUMN network text CHECK (length(network) <= 64)`.execute(db);

  await sql`
    CREATE TABLE account_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      purpose text NOT NULL CHECK (purpose IN ('verify_email', 'reset_password', 'change_email')),
      token_hash bytea NOT NULL UNIQUE,
      -- The address being verified (a new email for change_email); null for a reset.
      email text,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX account_tokens_user ON account_tokens (user_id, purpose) WHERE used_at IS NULL`.execute(db);

  await sql`
    CREATE TABLE security_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      kind text NOT NULL,
      network text,
      user_agent text,
      details jsonb NOT NULL,
      created_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX security_events_user ON security_events (user_id, created_at DESC)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE security_events`.execute(db);
  await sql`DROP TABLE account_tokens`.execute(db);
  await sql`ALTER TABLE sessions DROP COLUMN network, DROP COLUMN user_agent, DROP COLUMN stepped_up_at`.execute(db);
  await sql`ALTER TABLE users DROP COLUMN locale, DROP COLUMN email_verified_at`.execute(db);
}
