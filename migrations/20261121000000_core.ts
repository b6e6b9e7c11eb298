import { type Kysely, sql } from 'kysely';

// The core schema: accounts, listings, orders, the ledger, fraud cases, the outbox.
// Never imports app code: a migration must mean the same thing forever.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pgcrypto`.execute(db);

  await db.schema
    .createTable('users')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('roles', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('payouts_frozen', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`.execute(db);

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'bytea', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('listings')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('seller_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('price_amount', 'bigint', (c) => c.notNull().check(sql`price_amount > 0`))
    .addColumn('currency', sql`char(3)`, (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('active', 'reserved', 'sold', 'removed')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('search', sql`tsvector`, (c) => c.generatedAlwaysAs(sql`to_tsvector('simple', title || ' ' || description)`).stored())
    .execute();
  await sql`CREATE INDEX listings_search_idx ON listings USING gin (search)`.execute(db);
  await sql`CREATE INDEX listings_browse_idx ON listings (status, created_at DESC, id DESC)`.execute(db);
  await db.schema.createIndex('listings_seller_idx').on('listings').column('seller_id').execute();

  await db.schema
    .createTable('orders')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('listing_id', 'uuid', (c) => c.notNull().references('listings.id'))
    .addColumn('buyer_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('seller_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('amount', 'bigint', (c) => c.notNull().check(sql`amount > 0`))
    .addColumn('currency', sql`char(3)`, (c) => c.notNull())
    // Snapshot of the listing's category at purchase, so analytics never needs a join back.
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('fee_amount', 'bigint', (c) => c.notNull().check(sql`fee_amount >= 0 AND fee_amount <= amount`))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('payment_ref', 'text')
    .addColumn('risk_score', 'integer')
    .addColumn('risk_decision', 'text')
    .addColumn('carrier', 'text')
    .addColumn('tracking_number', 'text')
    .addColumn('funds_released', 'boolean', (c) => c.notNull().defaultTo(false))
    // An open fraud case holds the seller's funds in escrow even after completion.
    .addColumn('funds_held', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX orders_buyer_idx ON orders (buyer_id, created_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX orders_seller_idx ON orders (seller_id, created_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX orders_created_idx ON orders (created_at DESC, id DESC)`.execute(db);
  // At most one live order per listing: the database, not the code, prevents a double sale.
  await sql`CREATE UNIQUE INDEX orders_one_live_per_listing ON orders (listing_id)
            WHERE status NOT IN ('cancelled', 'refunded')`.execute(db);

  await db.schema
    .createTable('order_status_history')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('order_id', 'uuid', (c) => c.notNull().references('orders.id'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull().check(sql`actor_type IN ('buyer', 'seller', 'staff', 'system')`))
    .addColumn('actor_id', 'uuid')
    .addColumn('reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('order_status_history_order_idx').on('order_status_history').columns(['order_id', 'id']).execute();

  // Ledger: accounts per (code, currency); postings are signed, credit positive.
  await db.schema
    .createTable('ledger_accounts')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('currency', sql`char(3)`, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('external', 'escrow', 'escrow_fee', 'available', 'platform_fee')`))
    .addColumn('owner_id', 'uuid')
    .addColumn('order_id', 'uuid')
    .addUniqueConstraint('ledger_accounts_code_currency_key', ['code', 'currency'])
    .execute();
  await db.schema.createIndex('ledger_accounts_owner_idx').on('ledger_accounts').columns(['owner_id', 'kind']).execute();

  await db.schema
    .createTable('ledger_transactions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('order_id', 'uuid')
    .addColumn('reference', 'text', (c) => c.unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ledger_postings')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('transaction_id', 'uuid', (c) => c.notNull().references('ledger_transactions.id'))
    .addColumn('account_id', 'bigint', (c) => c.notNull().references('ledger_accounts.id'))
    .addColumn('amount', 'bigint', (c) => c.notNull().check(sql`amount <> 0`))
    .addColumn('currency', sql`char(3)`, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ledger_postings_account_idx').on('ledger_postings').column('account_id').execute();
  await db.schema.createIndex('ledger_postings_tx_idx').on('ledger_postings').column('transaction_id').execute();

  // Every transaction balances per currency, checked at commit so postings can be inserted one by one.
  await sql`
    CREATE FUNCTION ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (
        SELECT 1 FROM ledger_postings WHERE transaction_id = NEW.transaction_id
        GROUP BY currency HAVING sum(amount) <> 0
      ) THEN
        RAISE EXCEPTION 'ledger transaction % does not balance', NEW.transaction_id USING ERRCODE = '23514';
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE CONSTRAINT TRIGGER ledger_postings_balanced AFTER INSERT ON ledger_postings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_check_balanced()`.execute(db);
  // Append-only history: corrections are new reversing transactions.
  await sql`
    CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = '42501';
    END $$`.execute(db);
  for (const table of ['ledger_postings', 'ledger_transactions', 'order_status_history']) {
    await sql`CREATE TRIGGER ${sql.raw(`${table}_append_only`)} BEFORE UPDATE OR DELETE OR TRUNCATE ON ${sql.table(table)}
              FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()`.execute(db);
  }

  await db.schema
    .createTable('fraud_cases')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('order_id', 'uuid', (c) => c.notNull().references('orders.id'))
    .addColumn('subject_user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('open', 'closed')`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('risk_score', 'integer', (c) => c.notNull())
    .addColumn('model_version', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.check(sql`decision IN ('clear', 'confirm_fraud')`))
    .addColumn('decision_note', 'text')
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX fraud_cases_queue_idx ON fraud_cases (status, created_at DESC, id DESC)`.execute(db);
  await sql`CREATE UNIQUE INDEX fraud_cases_one_open_per_order ON fraud_cases (order_id) WHERE status = 'open'`.execute(db);

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'timestamptz')
    .addColumn('response_status', 'integer')
    .addColumn('response_body', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pkey', ['user_id', 'key'])
    .execute();
  await db.schema.createIndex('idempotency_keys_created_idx').on('idempotency_keys').column('created_at').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('actor_id', 'uuid')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'uuid', (c) => c.notNull())
    .addColumn('details', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
            FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()`.execute(db);

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('event_id', 'uuid', (c) =>
      c
        .notNull()
        .unique()
        .defaultTo(sql`gen_random_uuid()`),
    )
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('aggregate_type', 'text', (c) => c.notNull())
    .addColumn('aggregate_id', 'uuid', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz')
    .execute();
  await sql`CREATE INDEX outbox_unpublished_idx ON outbox (id) WHERE published_at IS NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'outbox',
    'audit_log',
    'idempotency_keys',
    'fraud_cases',
    'ledger_postings',
    'ledger_transactions',
    'ledger_accounts',
    'order_status_history',
    'orders',
    'listings',
    'sessions',
    'users',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`DROP FUNCTION ledger_check_balanced()`.execute(db);
  await sql`DROP FUNCTION ledger_append_only()`.execute(db);
}
