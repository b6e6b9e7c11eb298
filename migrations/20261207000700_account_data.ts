import { type Kysely, sql } from 'kysely';

// Taking your data out and leaving. A data export is built by the worker and kept, sealed with the
// keyring, until it expires; a deleted account keeps its row (orders, ledger lines and the audit chain
// point at it) but is pseudonymised and marked with when it was deleted.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE users ADD COLUMN deleted_at timestamptz`.execute(db);

  await sql`
    CREATE TABLE data_exports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      status text NOT NULL CHECK (status IN ('pending', 'ready', 'failed')),
      requested_at timestamptz NOT NULL,
      completed_at timestamptz,
      expires_at timestamptz NOT NULL,
      -- The zip archive, envelope-encrypted (null until ready): the record's data key, wrapped.
      key_id text,
      wrapped_key bytea,
      archive_enc bytea,
      size_bytes integer,
      CHECK ((status = 'ready') = (archive_enc IS NOT NULL AND key_id IS NOT NULL AND wrapped_key IS NOT NULL AND size_bytes IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX data_exports_user ON data_exports (user_id, requested_at DESC)`.execute(db);
  await sql`CREATE INDEX data_exports_pending ON data_exports (requested_at) WHERE status = 'pending'`.execute(db);
  await sql`CREATE INDEX data_exports_expiry ON data_exports (expires_at)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE data_exports`.execute(db);
  await sql`ALTER TABLE users DROP COLUMN deleted_at`.execute(db);
}
