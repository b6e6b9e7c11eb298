import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';

// The audit log becomes a hash chain: seq orders it, each entry_hash covers prev_hash and the
// entry's canonical JSON. Entries are inserted unsealed (seq, prev_hash and entry_hash NULL) by
// the business transaction and sealed — given the next seq and hashes — after commit by the
// sealer, so appends never queue on the chain. Existing rows are sealed here, in id order. Signed
// checkpoints of the head go to audit_checkpoints. The hashing rule is copied here, not imported:
// this migration must keep producing the chain that was specified when it was written.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE audit_log ADD COLUMN seq bigint, ADD COLUMN prev_hash bytea, ADD COLUMN entry_hash bytea`.execute(db);

  // Append-only, except that an unsealed entry may be sealed exactly once: a row-level UPDATE guard
  // replaces the statement-level one; DELETE and TRUNCATE stay refused outright. Every column but
  // the three seal columns is compared through to_jsonb, so a column added later is covered too.
  await sql`DROP TRIGGER audit_log_append_only ON audit_log`.execute(db);
  await sql`CREATE TRIGGER audit_log_append_only BEFORE DELETE OR TRUNCATE ON audit_log
            FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()`.execute(db);
  await sql`
    CREATE FUNCTION audit_log_seal_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.seq IS NULL AND NEW.seq IS NOT NULL AND NEW.prev_hash IS NOT NULL AND NEW.entry_hash IS NOT NULL
         AND to_jsonb(NEW) - ARRAY['seq', 'prev_hash', 'entry_hash'] = to_jsonb(OLD) - ARRAY['seq', 'prev_hash', 'entry_hash'] THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'audit_log is append-only: an entry can only be sealed, once' USING ERRCODE = '42501';
    END $$`.execute(db);
  await sql`CREATE TRIGGER audit_log_seal_only BEFORE UPDATE ON audit_log
            FOR EACH ROW EXECUTE FUNCTION audit_log_seal_only()`.execute(db);

  // The whole migration is one transaction holding ACCESS EXCLUSIVE on audit_log (from the ALTER),
  // so nothing can append or seal meanwhile. Sealing is what the trigger allows.
  let prevHash = Buffer.alloc(32);
  let seq = 0;
  let lastId = '0';
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .select(['id', 'actor_id', 'action', 'entity_type', 'entity_id', 'details', 'created_at'])
      .where('id', '>', lastId)
      .orderBy('id')
      .limit(1000)
      .execute();
    if (rows.length === 0) break;
    const values = rows.map((row) => {
      seq += 1;
      const { actor_id, action, entity_type, entity_id, details, created_at } = row;
      const json = canonicalJson({ seq, actor_id, action, entity_type, entity_id, details, created_at });
      const entryHash = createHash('sha256').update(prevHash).update(json, 'utf8').digest();
      const value = sql`(${row.id}::bigint, ${seq}::bigint, ${prevHash}::bytea, ${entryHash}::bytea)`;
      prevHash = entryHash;
      lastId = row.id;
      return value;
    });
    await sql`UPDATE audit_log a SET seq = v.seq, prev_hash = v.prev_hash, entry_hash = v.entry_hash
              FROM (VALUES ${sql.join(values)}) AS v (id, seq, prev_hash, entry_hash) WHERE a.id = v.id`.execute(db);
  }

  await sql`ALTER TABLE audit_log
              ADD CONSTRAINT audit_log_seq_key UNIQUE (seq),
              ADD CONSTRAINT audit_log_seq_positive CHECK (seq >= 1),
              ADD CONSTRAINT audit_log_hash_lengths CHECK (octet_length(prev_hash) = 32 AND octet_length(entry_hash) = 32),
              -- Sealed (all three set) or unsealed (none): never half-sealed.
              ADD CONSTRAINT audit_log_sealed_whole CHECK ((seq IS NULL) = (prev_hash IS NULL) AND (seq IS NULL) = (entry_hash IS NULL)),
              -- The hash covers created_at as JavaScript reads it: milliseconds.
              ADD CONSTRAINT audit_log_created_at_ms CHECK (created_at = date_trunc('milliseconds', created_at))`.execute(db);
  // The sealer's queue: without it, finding the unsealed rows would walk every sealed one.
  await sql`CREATE INDEX audit_log_unsealed_idx ON audit_log (id) WHERE seq IS NULL`.execute(db);

  await db.schema
    .createTable('audit_checkpoints')
    .addColumn('seq', 'bigint', (c) => c.primaryKey().check(sql`seq >= 1`))
    .addColumn('entry_hash', 'bytea', (c) => c.notNull().check(sql`octet_length(entry_hash) = 32`))
    .addColumn('signed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('signature', 'bytea', (c) => c.notNull().check(sql`octet_length(signature) = 64`))
    .execute();
  await sql`CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_checkpoints
            FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_checkpoints').execute();
  await sql`DROP TRIGGER audit_log_seal_only ON audit_log`.execute(db);
  await sql`DROP FUNCTION audit_log_seal_only()`.execute(db);
  await sql`DROP TRIGGER audit_log_append_only ON audit_log`.execute(db);
  await sql`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
            FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()`.execute(db);
  await sql`ALTER TABLE audit_log
              DROP CONSTRAINT audit_log_created_at_ms,
              DROP COLUMN seq, DROP COLUMN prev_hash, DROP COLUMN entry_hash`.execute(db);
}

// Sorted keys, no whitespace, Dates as ISO strings, no non-finite numbers; undefined members are
// dropped like JSON.stringify does (rows read back from Postgres have none).
function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonical JSON: non-finite number');
    return JSON.stringify(value);
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .sort()
      .filter((key) => record[key] !== undefined);
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  throw new TypeError(`canonical JSON: ${typeof value} is not a JSON value`);
}
