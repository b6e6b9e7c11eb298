import { type Kysely, sql } from 'kysely';

// How each fraud model version does in production: a periodic snapshot of its figures (precision and
// recall from closing labels, score drift), append-only so the console can draw them over time; and
// the alerts raised from them, one per version, kind and day (the primary key is the dedupe).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE model_monitoring_snapshots (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      version text NOT NULL REFERENCES model_versions(version),
      computed_at timestamptz NOT NULL,
      window_days integer NOT NULL CHECK (window_days > 0),
      figures jsonb NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX model_monitoring_snapshots_version_idx ON model_monitoring_snapshots (version, computed_at DESC)`.execute(db);
  await sql`
    CREATE TABLE model_monitoring_alerts (
      version text NOT NULL REFERENCES model_versions(version),
      kind text NOT NULL CHECK (kind IN ('drift', 'precision')),
      day date NOT NULL,
      raised_at timestamptz NOT NULL,
      details jsonb NOT NULL,
      PRIMARY KEY (version, kind, day)
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE model_monitoring_alerts`.execute(db);
  await sql`DROP TABLE model_monitoring_snapshots`.execute(db);
}
