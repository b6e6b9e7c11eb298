import { type Kysely, sql } from 'kysely';

// Live auctions. A listing's `sale_format` (owned by listings) says how it is sold: orders and offers
// refuse an auction listing without knowing about auctions. An auction keeps its live state on its
// row (price, leader, the leader's hidden maximum, counts), locked by every bid, so bids on one auction
// are serialised; `bids` is the append-only history, numbered per auction without gaps (`seq`).
//
// Status: live (bidding, or before `starts_at`) → awaiting_payment (a winner's order is open) →
// sold (the order was paid) | unsold (no bids, reserve not met, or the winners did not pay).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE listings ADD COLUMN sale_format text NOT NULL DEFAULT 'fixed' CHECK (sale_format IN ('fixed', 'auction'))`.execute(db);
  await sql`
    CREATE TABLE auctions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      listing_id uuid NOT NULL REFERENCES listings(id),
      seller_id uuid NOT NULL REFERENCES users(id),
      currency text NOT NULL,
      start_price bigint NOT NULL CHECK (start_price > 0),
      reserve_price bigint CHECK (reserve_price >= start_price),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
      status text NOT NULL DEFAULT 'live' CHECK (status IN ('live', 'awaiting_payment', 'sold', 'unsold')),
      price bigint,
      leader_id uuid REFERENCES users(id),
      leader_max bigint,
      bid_count integer NOT NULL DEFAULT 0 CHECK (bid_count >= 0),
      bidder_count integer NOT NULL DEFAULT 0 CHECK (bidder_count >= 0),
      winner_id uuid REFERENCES users(id),
      winner_order_id uuid REFERENCES orders(id),
      second_chance boolean NOT NULL DEFAULT false,
      outcome text CHECK (outcome IN ('sold', 'no_bids', 'reserve_not_met', 'unpaid', 'unavailable')),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      CHECK ((leader_id IS NULL) = (price IS NULL) AND (leader_id IS NULL) = (leader_max IS NULL))
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX auctions_one_open_per_listing ON auctions (listing_id) WHERE status IN ('live', 'awaiting_payment')`.execute(db);
  await sql`CREATE INDEX auctions_due ON auctions (ends_at) WHERE status = 'live'`.execute(db);
  await sql`CREATE INDEX auctions_awaiting_payment ON auctions (winner_order_id) WHERE status = 'awaiting_payment'`.execute(db);
  await sql`CREATE INDEX auctions_seller ON auctions (seller_id, created_at)`.execute(db);
  await sql`
    CREATE TABLE bids (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      auction_id uuid NOT NULL REFERENCES auctions(id),
      seq integer NOT NULL CHECK (seq > 0),
      bidder_id uuid NOT NULL REFERENCES users(id),
      bidder_no integer NOT NULL CHECK (bidder_no > 0),
      max_amount bigint NOT NULL CHECK (max_amount > 0),
      price_after bigint NOT NULL,
      leader_after uuid NOT NULL REFERENCES users(id),
      leader_max_after bigint NOT NULL,
      created_at timestamptz NOT NULL,
      UNIQUE (auction_id, seq)
    )`.execute(db);
  await sql`CREATE INDEX bids_bidder ON bids (bidder_id, created_at)`.execute(db);
  await sql`CREATE TRIGGER bids_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON bids FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE bids`.execute(db);
  await sql`DROP TABLE auctions`.execute(db);
  await sql`ALTER TABLE listings DROP COLUMN sale_format`.execute(db);
}
