import { type Kysely, sql } from 'kysely';

// Stripe Connect: sellers' provider accounts, received webhook events (for dedupe), and disputes
// (chargebacks now, buyer disputes later). Never imports app code.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('seller_accounts')
    .addColumn('user_id', 'uuid', (c) => c.primaryKey().references('users.id'))
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull().unique())
    .addColumn('charges_enabled', 'boolean', (c) => c.notNull())
    .addColumn('payouts_enabled', 'boolean', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  // One row per delivered event id: a redelivery or a concurrent duplicate finds it and does nothing.
  await db.schema
    .createTable('stripe_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('created', 'timestamptz', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addColumn('processed_at', 'timestamptz')
    .addColumn('error', 'text')
    .execute();
  await sql`CREATE INDEX stripe_events_unprocessed_idx ON stripe_events (received_at) WHERE processed_at IS NULL`.execute(db);

  await db.schema
    .createTable('disputes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('order_id', 'uuid', (c) => c.notNull().references('orders.id'))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source IN ('buyer', 'chargeback')`))
    .addColumn('provider_dispute_id', 'text', (c) => c.unique())
    .addColumn('reason', 'text', (c) => c.notNull())
    // Text with a check rather than an enum type: adding a status is a one-line migration.
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('open', 'won', 'lost')`))
    .addColumn('amount', 'bigint', (c) => c.notNull().check(sql`amount > 0`))
    .addColumn('currency', sql`char(3)`, (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('disputes_order_idx').on('disputes').column('order_id').execute();

  // Chargebacks find their order by the provider's payment reference.
  await sql`CREATE INDEX orders_payment_ref_idx ON orders (payment_ref) WHERE payment_ref IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX orders_payment_ref_idx`.execute(db);
  for (const table of ['disputes', 'stripe_events', 'seller_accounts']) {
    await db.schema.dropTable(table).execute();
  }
}
