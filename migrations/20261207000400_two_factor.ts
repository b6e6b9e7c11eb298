import { type Kysely, sql } from 'kysely';

// TOTP two-factor: one authenticator per user (the secret sealed with the keyring; pending until a
// code confirms it; the last time step accepted, so a code works once), ten single-use recovery codes
// (hashed), and the short-lived challenges of the two-step sign-in (hashed, attempts counted).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE totp_credentials (
      user_id uuid PRIMARY KEY REFERENCES users(id),
      key_id text NOT NULL,
      wrapped_key bytea NOT NULL,
      secret_enc bytea NOT NULL,
      created_at timestamptz NOT NULL,
      confirmed_at timestamptz,
      last_used_step bigint
    )`.execute(db);

  await sql`
    CREATE TABLE recovery_codes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      code_hash bytea NOT NULL UNIQUE,
      created_at timestamptz NOT NULL,
      used_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX recovery_codes_user ON recovery_codes (user_id) WHERE used_at IS NULL`.execute(db);

  await sql`
    CREATE TABLE login_challenges (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      token_hash bytea NOT NULL UNIQUE,
      kind text NOT NULL CHECK (kind IN ('app', 'console')),
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      attempts int NOT NULL DEFAULT 0,
      used_at timestamptz,
      user_agent text CHECK (length(user_agent) <= 200),
      network text CHECK (length(network) <= 64)
    )`.execute(db);
  await sql`CREATE INDEX login_challenges_user ON login_challenges (user_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE login_challenges`.execute(db);
  await sql`DROP TABLE recovery_codes`.execute(db);
  await sql`DROP TABLE totp_credentials`.execute(db);
}
