import { type Kysely, sql } from 'kysely';

// Offers: a buyer proposes a price below a fixed-price listing's, the parties counter in turns, and an
// accepted offer becomes an order at the agreed amount. `offers` holds each negotiation's current
// state (the amount on the table, whose turn it is, when it lapses); `offer_events` is its history,
// append-only (every proposal and the outcome), in the order of its ids.
//
// One pending offer per buyer and listing (the partial unique index); the expiry sweep reads the
// pending ones by due time.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE offers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      listing_id uuid NOT NULL REFERENCES listings(id),
      buyer_id uuid NOT NULL REFERENCES users(id),
      seller_id uuid NOT NULL REFERENCES users(id),
      amount bigint NOT NULL CHECK (amount > 0),
      currency text NOT NULL,
      status text NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'withdrawn', 'expired', 'superseded')),
      awaiting text CHECK (awaiting IN ('buyer', 'seller')),
      round integer NOT NULL DEFAULT 1 CHECK (round > 0),
      order_id uuid REFERENCES orders(id),
      expires_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      CHECK (buyer_id <> seller_id),
      CHECK ((status = 'pending') = (awaiting IS NOT NULL)),
      CHECK ((status = 'accepted') = (order_id IS NOT NULL))
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX offers_one_pending_per_buyer ON offers (listing_id, buyer_id) WHERE status = 'pending'`.execute(db);
  await sql`CREATE INDEX offers_buyer ON offers (buyer_id, created_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX offers_seller ON offers (seller_id, created_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX offers_listing ON offers (listing_id, created_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX offers_pending_due ON offers (expires_at) WHERE status = 'pending'`.execute(db);
  await sql`
    CREATE TABLE offer_events (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      offer_id uuid NOT NULL REFERENCES offers(id),
      actor text NOT NULL CHECK (actor IN ('buyer', 'seller', 'system')),
      action text NOT NULL CHECK (action IN ('made', 'countered', 'accepted', 'declined', 'withdrawn', 'expired', 'superseded')),
      amount bigint CHECK (amount > 0),
      created_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX offer_events_offer ON offer_events (offer_id, id)`.execute(db);
  // The history is append-only: no statement may rewrite or remove it.
  await sql`
    CREATE FUNCTION offer_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'offer_events is append-only';
    END $$`.execute(db);
  await sql`CREATE TRIGGER offer_events_append_only BEFORE UPDATE OR DELETE ON offer_events FOR EACH ROW EXECUTE FUNCTION offer_events_append_only()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE offer_events`.execute(db);
  await sql`DROP FUNCTION offer_events_append_only()`.execute(db);
  await sql`DROP TABLE offers`.execute(db);
}
