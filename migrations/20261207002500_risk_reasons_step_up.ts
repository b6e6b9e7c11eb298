import { type Kysely, sql } from 'kysely';

// Every score says why (the features that raised it most, in words), and the decision ladder gains a
// rung between allow and review: step_up (the buyer proves who they are before the charge).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE risk_scores ADD COLUMN reasons jsonb NOT NULL DEFAULT '[]'`.execute(db);
  await sql`ALTER TABLE risk_scores DROP CONSTRAINT risk_scores_decision_check`.execute(db);
  await sql`ALTER TABLE risk_scores ADD CONSTRAINT risk_scores_decision_check CHECK (decision IN ('allow', 'step_up', 'review', 'block'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE risk_scores DROP CONSTRAINT risk_scores_decision_check`.execute(db);
  await sql`ALTER TABLE risk_scores ADD CONSTRAINT risk_scores_decision_check CHECK (decision IN ('allow', 'review', 'block'))`.execute(db);
  await sql`ALTER TABLE risk_scores DROP COLUMN reasons`.execute(db);
}
