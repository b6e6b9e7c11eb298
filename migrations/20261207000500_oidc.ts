import { type Kysely, sql } from 'kysely';

// Sign-in with an OpenID provider. oidc_identities links a provider's subject to one user (the email the
// provider gave is envelope-encrypted). oidc_flows is one authorization attempt: its state (hashed), its
// nonce and PKCE verifier (sealed), then, once the provider answered, the single-use login code handed
// to the app in place of a session token (hashed).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE oidc_identities (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id),
      provider text NOT NULL,
      subject text NOT NULL,
      email_verified boolean NOT NULL,
      email bytea,
      key_id text NOT NULL,
      wrapped_key bytea NOT NULL,
      linked_at timestamptz NOT NULL,
      CONSTRAINT oidc_identities_subject_key UNIQUE (provider, subject),
      CONSTRAINT oidc_identities_user_provider_key UNIQUE (user_id, provider)
    )`.execute(db);

  await sql`
    CREATE TABLE oidc_flows (
      id uuid PRIMARY KEY,
      state_hash bytea NOT NULL UNIQUE,
      provider text NOT NULL,
      mode text NOT NULL CHECK (mode IN ('sign_in', 'link')),
      -- For a link, who asked; for a sign-in, who the provider's answer signed in.
      user_id uuid REFERENCES users(id),
      return_to text NOT NULL,
      -- A sign-in answers only the browser that started it (the hash of its cookie); a link, only its user.
      browser_hash bytea,
      secrets bytea NOT NULL,
      key_id text NOT NULL,
      wrapped_key bytea NOT NULL,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      login_code_hash bytea UNIQUE,
      login_code_expires_at timestamptz,
      login_code_used_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX oidc_flows_user ON oidc_flows (user_id)`.execute(db);
  await sql`CREATE INDEX oidc_flows_expiry ON oidc_flows (expires_at)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE oidc_flows`.execute(db);
  await sql`DROP TABLE oidc_identities`.execute(db);
}
