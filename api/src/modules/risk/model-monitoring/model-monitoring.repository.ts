import type { Kysely, Transaction } from 'kysely';
import type { DB, ModelAlertKind } from '../../../db/schema';
import type { ModelFigures } from './model-figures';

export interface Snapshot {
  computedAt: Date;
  figures: ModelFigures;
}

export async function insertSnapshot(trx: Transaction<DB>, figures: ModelFigures, computedAt: Date): Promise<void> {
  await trx
    .insertInto('model_monitoring_snapshots')
    .values({ version: figures.version, computed_at: computedAt, window_days: figures.window_days, figures: JSON.stringify(figures) })
    .execute();
}

export async function latestSnapshot(db: Kysely<DB>, version: string, windowDays: number): Promise<Snapshot | undefined> {
  const row = await db
    .selectFrom('model_monitoring_snapshots')
    .select(['computed_at', 'figures'])
    .where('version', '=', version)
    .where('window_days', '=', windowDays)
    .orderBy('computed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && { computedAt: row.computed_at, figures: row.figures as unknown as ModelFigures };
}

/** Snapshots since `since`, oldest first, of one version or all. */
export async function snapshotHistory(db: Kysely<DB>, f: { version?: string; since: Date; limit: number }): Promise<Snapshot[]> {
  let q = db.selectFrom('model_monitoring_snapshots').select(['computed_at', 'figures']).where('computed_at', '>=', f.since);
  if (f.version) q = q.where('version', '=', f.version);
  const rows = await q.orderBy('computed_at', 'desc').orderBy('id', 'desc').limit(f.limit).execute();
  return rows.reverse().map((r) => ({ computedAt: r.computed_at, figures: r.figures as unknown as ModelFigures }));
}

/** Records an alert unless one of this version and kind was raised the same (UTC) day; true when recorded. */
export async function recordAlert(trx: Transaction<DB>, a: { version: string; kind: ModelAlertKind; details: Record<string, unknown>; at: Date }): Promise<boolean> {
  const row = await trx
    .insertInto('model_monitoring_alerts')
    .values({ version: a.version, kind: a.kind, day: a.at.toISOString().slice(0, 10), raised_at: a.at, details: JSON.stringify(a.details) })
    .onConflict((oc) => oc.doNothing())
    .returning('kind')
    .executeTakeFirst();
  return row !== undefined;
}

export function alertsSince(db: Kysely<DB>, version: string, since: Date) {
  return db
    .selectFrom('model_monitoring_alerts')
    .select(['kind', 'raised_at', 'details'])
    .where('version', '=', version)
    .where('raised_at', '>=', since)
    .orderBy('raised_at', 'desc')
    .execute();
}
