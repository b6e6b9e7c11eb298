import { type Kysely, sql } from 'kysely';

// Payment-time scoring counts the seller's sales completed before the payment. Read from
// order_status_history that is one probe per earlier order of the seller, thousands for a big seller
// (bench:scoring p99 14 ms). `completed_at` is when the order first completed, written once with that
// transition (recordTransition) and never cleared — a later chargeback or refund does not undo that it
// completed then — so the point-in-time count is a range count on one partial index.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE orders ADD COLUMN completed_at timestamptz`.execute(db);
  await sql`UPDATE orders o SET completed_at = h.first_completed_at
            FROM (SELECT order_id, min(created_at) AS first_completed_at FROM order_status_history
                  WHERE to_status = 'completed' GROUP BY order_id) h
            WHERE h.order_id = o.id`.execute(db);
  await sql`CREATE INDEX orders_seller_completed_idx ON orders (seller_id, completed_at) WHERE completed_at IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX orders_seller_completed_idx`.execute(db);
  await sql`ALTER TABLE orders DROP COLUMN completed_at`.execute(db);
}
