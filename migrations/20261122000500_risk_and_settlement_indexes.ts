import { type Kysely, sql } from 'kysely';

// Two queries on the money path scanned more than they needed, and more as the platform grows:
// - the risk model's category median (on every payment) read every active listing to find the latest
//   500 of one category; this index serves them in order, with the price alongside;
// - the payout hold's seller-fault cancellations (on every completion) scanned all of
//   order_status_history; this partial index holds only paid → cancelled transitions.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX listings_active_category_idx ON listings (category, currency, created_at DESC) INCLUDE (price_amount)
            WHERE status = 'active'`.execute(db);
  await sql`CREATE INDEX order_status_history_paid_cancelled_idx ON order_status_history (order_id)
            WHERE to_status = 'cancelled' AND from_status = 'paid'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX order_status_history_paid_cancelled_idx`.execute(db);
  await sql`DROP INDEX listings_active_category_idx`.execute(db);
}
