import { type Kysely, sql } from 'kysely';

// Personal data encrypted at rest (envelope encryption, see api/src/adapters/keyring/envelope.ts).
//
// One data key per record, not per column: a record's sensitive fields are always written together,
// so one key_id + wrapped_key pair per row is all a rotation has to re-wrap (one small update per
// row), and the rotation job and its progress counts work on the same shape in every table. Each
// column still gets its own IV and AAD naming the column, so fields cannot be swapped.
// Encrypted columns are bytea: [version][iv][tag][ciphertext]. Never imports app code.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('user_private_profiles')
    .addColumn('user_id', 'uuid', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('wrapped_key', 'bytea', (c) => c.notNull())
    .addColumn('legal_name', 'bytea', (c) => c.notNull())
    .addColumn('address', 'bytea', (c) => c.notNull())
    .addColumn('phone', 'bytea', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('payout_details')
    .addColumn('user_id', 'uuid', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('wrapped_key', 'bytea', (c) => c.notNull())
    // {account_holder, iban} as JSON, sealed.
    .addColumn('details', 'bytea', (c) => c.notNull())
    // Plaintext for display and support only; four digits and a country do not identify an account.
    .addColumn('iban_last4', 'text', (c) => c.notNull().check(sql`iban_last4 ~ '^[0-9A-Z]{4}$'`))
    .addColumn('country', sql`char(2)`, (c) => c.notNull().check(sql`country ~ '^[A-Z]{2}$'`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('identity_documents')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('passport', 'id_card', 'driving_licence')`))
    .addColumn('content_type', 'text', (c) => c.notNull().check(sql`content_type IN ('application/pdf', 'image/jpeg', 'image/png')`))
    .addColumn('size_bytes', 'integer', (c) => c.notNull().check(sql`size_bytes > 0`))
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('wrapped_key', 'bytea', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('submitted')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  // Ciphertext does not compress: store documents out of line without trying.
  await sql`ALTER TABLE identity_documents ALTER COLUMN content SET STORAGE EXTERNAL`.execute(db);
  await sql`CREATE INDEX identity_documents_user_idx ON identity_documents (user_id, created_at DESC, id DESC)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('identity_documents').execute();
  await db.schema.dropTable('payout_details').execute();
  await db.schema.dropTable('user_private_profiles').execute();
}
