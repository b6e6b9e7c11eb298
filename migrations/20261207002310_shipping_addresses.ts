import { type Kysely, sql } from 'kysely';

// Shipping addresses, envelope-encrypted like every other personal record (key_id, wrapped_key, data):
// a buyer's address book, and each paid order's own copy of the address it ships to (a saved address
// edited or deleted later changes no order).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE saved_addresses (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id),
      key_id text NOT NULL,
      wrapped_key bytea NOT NULL,
      data bytea NOT NULL,
      created_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX saved_addresses_user ON saved_addresses (user_id, created_at)`.execute(db);
  await sql`
    CREATE TABLE order_shipping_addresses (
      id uuid PRIMARY KEY,
      order_id uuid NOT NULL UNIQUE REFERENCES orders(id),
      user_id uuid NOT NULL REFERENCES users(id),
      key_id text NOT NULL,
      wrapped_key bytea NOT NULL,
      data bytea NOT NULL,
      created_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX order_shipping_addresses_user ON order_shipping_addresses (user_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE order_shipping_addresses`.execute(db);
  await sql`DROP TABLE saved_addresses`.execute(db);
}
