import { type Kysely, sql } from 'kysely';

// The seller-side risk score (issue 16): every score at listing publication and at payout time, with
// its input and reasons, append-only like risk_scores' audit value. A score at or above the case
// threshold opens a fraud case of source `seller_risk` about the seller (detector `seller_risk`,
// subject_key the seller's id), at most one open at a time, as stream cases are.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE seller_risk_scores (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seller_id uuid NOT NULL REFERENCES users (id),
      moment text NOT NULL CHECK (moment IN ('listing', 'payout')),
      listing_id uuid REFERENCES listings (id),
      order_id uuid REFERENCES orders (id),
      score smallint NOT NULL CHECK (score BETWEEN 0 AND 100),
      probability double precision NOT NULL,
      reasons jsonb NOT NULL,
      input jsonb NOT NULL,
      version text NOT NULL,
      created_at timestamptz NOT NULL,
      CHECK ((moment = 'listing' AND listing_id IS NOT NULL AND order_id IS NULL) OR (moment = 'payout' AND order_id IS NOT NULL AND listing_id IS NULL))
    )`.execute(db);
  await sql`CREATE INDEX seller_risk_scores_seller_idx ON seller_risk_scores (seller_id, created_at DESC)`.execute(db);
  await sql`CREATE INDEX seller_risk_scores_order_idx ON seller_risk_scores (order_id) WHERE order_id IS NOT NULL`.execute(db);
  await sql`CREATE TRIGGER seller_risk_scores_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON seller_risk_scores
            FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()`.execute(db);

  await sql`ALTER TABLE fraud_cases DROP CONSTRAINT fraud_cases_source_check`.execute(db);
  await sql`ALTER TABLE fraud_cases ADD CONSTRAINT fraud_cases_source_check CHECK (source IN ('payment', 'stream', 'seller_risk'))`.execute(db);
  await sql`ALTER TABLE fraud_cases DROP CONSTRAINT fraud_cases_source_shape`.execute(db);
  await sql`ALTER TABLE fraud_cases ADD CONSTRAINT fraud_cases_source_shape CHECK (
              (source = 'payment' AND order_id IS NOT NULL AND detector IS NULL AND subject_key IS NULL)
              OR (source IN ('stream', 'seller_risk') AND detector IS NOT NULL AND subject_key IS NOT NULL AND evidence IS NOT NULL))`.execute(db);
  // Account cases (stream and seller risk) share the one-open-case-per-subject rule and the cool-off lookup.
  await sql`DROP INDEX fraud_cases_open_stream_subject`.execute(db);
  await sql`CREATE UNIQUE INDEX fraud_cases_open_stream_subject ON fraud_cases (detector, subject_key) WHERE status = 'open' AND source <> 'payment'`.execute(db);
  await sql`DROP INDEX fraud_cases_stream_decided_idx`.execute(db);
  await sql`CREATE INDEX fraud_cases_stream_decided_idx ON fraud_cases (detector, subject_key, decided_at) WHERE source <> 'payment' AND status = 'closed'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX fraud_cases_stream_decided_idx`.execute(db);
  await sql`CREATE INDEX fraud_cases_stream_decided_idx ON fraud_cases (detector, subject_key, decided_at) WHERE source = 'stream' AND status = 'closed'`.execute(db);
  await sql`DROP INDEX fraud_cases_open_stream_subject`.execute(db);
  await sql`CREATE UNIQUE INDEX fraud_cases_open_stream_subject ON fraud_cases (detector, subject_key) WHERE status = 'open' AND source = 'stream'`.execute(db);
  // Seller-risk cases cannot survive the narrower constraints; their notes go with them (past the append-only guard).
  await sql`ALTER TABLE fraud_case_notes DISABLE TRIGGER fraud_case_notes_append_only`.execute(db);
  await sql`DELETE FROM fraud_case_notes WHERE case_id IN (SELECT id FROM fraud_cases WHERE source = 'seller_risk')`.execute(db);
  await sql`ALTER TABLE fraud_case_notes ENABLE TRIGGER fraud_case_notes_append_only`.execute(db);
  await sql`DELETE FROM fraud_cases WHERE source = 'seller_risk'`.execute(db);
  await sql`ALTER TABLE fraud_cases DROP CONSTRAINT fraud_cases_source_shape`.execute(db);
  await sql`ALTER TABLE fraud_cases ADD CONSTRAINT fraud_cases_source_shape CHECK (
              (source = 'payment' AND order_id IS NOT NULL AND detector IS NULL AND subject_key IS NULL)
              OR (source = 'stream' AND detector IS NOT NULL AND subject_key IS NOT NULL AND evidence IS NOT NULL))`.execute(db);
  await sql`ALTER TABLE fraud_cases DROP CONSTRAINT fraud_cases_source_check`.execute(db);
  await sql`ALTER TABLE fraud_cases ADD CONSTRAINT fraud_cases_source_check CHECK (source IN ('payment', 'stream'))`.execute(db);
  await sql`DROP TABLE seller_risk_scores`.execute(db);
}
