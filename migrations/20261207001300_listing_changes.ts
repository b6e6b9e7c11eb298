import { type Kysely, sql } from 'kysely';

// What alerts react to and buyers look back on. `listing_changes` is a queue: a row per listing that
// went public (created live, published, approved, relisted) or got cheaper, written in the
// transaction that changed it and deleted by the one consumer that takes it (alerts), so it stays
// short. `listing_price_history` keeps every price a listing had, append-only.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE listing_changes (
      id bigserial PRIMARY KEY,
      listing_id uuid NOT NULL REFERENCES listings(id),
      kind text NOT NULL CHECK (kind IN ('published', 'price_drop')),
      old_amount bigint CHECK (old_amount > 0),
      new_amount bigint NOT NULL CHECK (new_amount > 0),
      currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
      at timestamptz NOT NULL,
      CHECK ((kind = 'price_drop') = (old_amount IS NOT NULL)),
      CHECK (kind <> 'price_drop' OR new_amount < old_amount)
    )`.execute(db);

  await sql`
    CREATE TABLE listing_price_history (
      id bigserial PRIMARY KEY,
      listing_id uuid NOT NULL REFERENCES listings(id),
      amount bigint NOT NULL CHECK (amount > 0),
      currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
      changed_by uuid NOT NULL REFERENCES users(id),
      changed_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX listing_price_history_listing ON listing_price_history (listing_id, id)`.execute(db);
  // Listings from before this table: their current price is their first known one.
  await sql`
    INSERT INTO listing_price_history (listing_id, amount, currency, changed_by, changed_at)
    SELECT id, price_amount, currency, seller_id, created_at FROM listings ORDER BY created_at, id`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE listing_price_history`.execute(db);
  await sql`DROP TABLE listing_changes`.execute(db);
}
