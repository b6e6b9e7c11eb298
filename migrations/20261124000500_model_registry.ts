import { type Kysely, sql } from 'kysely';

// The fraud model registry and the record of every score.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE model_versions (
      version text PRIMARY KEY,
      -- The audit log and the outbox identify entities by UUID.
      id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
      file text NOT NULL,
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      feature_names jsonb NOT NULL,
      status text NOT NULL CHECK (status IN ('active', 'shadow', 'retired')),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`.execute(db);
  // At most one active model; promotions keep it exactly one by demoting the previous one.
  await sql`CREATE UNIQUE INDEX model_versions_one_active ON model_versions ((true)) WHERE status = 'active'`.execute(db);
  // Append-only history: who changed which version's status, from what, to what, and why.
  await sql`
    CREATE TABLE model_version_changes (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      version text NOT NULL REFERENCES model_versions (version),
      from_status text CHECK (from_status IN ('active', 'shadow', 'retired')),
      to_status text NOT NULL CHECK (to_status IN ('active', 'shadow', 'retired')),
      actor_id uuid REFERENCES users (id),
      reason text NOT NULL,
      at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX model_version_changes_from_idx ON model_version_changes (from_status, id)`.execute(db);
  // One row per model that scored a payment attempt: the live one (which decided) and every shadow.
  await sql`
    CREATE TABLE risk_scores (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      order_id uuid NOT NULL REFERENCES orders (id),
      model_version text NOT NULL REFERENCES model_versions (version),
      mode text NOT NULL CHECK (mode IN ('live', 'shadow')),
      probability double precision NOT NULL,
      score smallint NOT NULL CHECK (score BETWEEN 0 AND 100),
      decision text CHECK (decision IN ('allow', 'review', 'block')),
      input jsonb NOT NULL,
      created_at timestamptz NOT NULL,
      CHECK ((mode = 'live') = (decision IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX risk_scores_order_idx ON risk_scores (order_id, mode, id)`.execute(db);
  await sql`CREATE INDEX risk_scores_version_idx ON risk_scores (model_version, created_at)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE risk_scores`.execute(db);
  await sql`DROP TABLE model_version_changes`.execute(db);
  await sql`DROP TABLE model_versions`.execute(db);
}
