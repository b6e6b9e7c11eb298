import { type Kysely, type Selectable, type Transaction, sql } from 'kysely';
import type { DB, ModelStatus, ModelVersionsTable } from '../../../db/schema';
import { appendAudit } from '../../platform/audit';
import { appendEvents } from '../../platform/outbox';

export type ModelVersionRow = Selectable<ModelVersionsTable>;

/** Every process serving models LISTENs here; a status change NOTIFYs it on commit. */
export const REGISTRY_CHANNEL = 'model_registry';

export function listModelVersions(db: Kysely<DB>): Promise<ModelVersionRow[]> {
  return db.selectFrom('model_versions').selectAll().orderBy('created_at').orderBy('version').execute();
}

export function findModelVersion(db: Kysely<DB>, version: string): Promise<ModelVersionRow | undefined> {
  return db.selectFrom('model_versions').selectAll().where('version', '=', version).executeTakeFirst();
}

/** The versions that score payments now: the active one and the shadows. */
export function servingModelVersions(db: Kysely<DB>): Promise<ModelVersionRow[]> {
  return db.selectFrom('model_versions').selectAll().where('status', 'in', ['active', 'shadow']).orderBy('version').execute();
}

export function lockModelVersion(trx: Transaction<DB>, version: string): Promise<ModelVersionRow | undefined> {
  return trx.selectFrom('model_versions').selectAll().where('version', '=', version).forUpdate().executeTakeFirst();
}

export function lockActiveVersion(trx: Transaction<DB>): Promise<ModelVersionRow | undefined> {
  return trx.selectFrom('model_versions').selectAll().where('status', '=', 'active').forUpdate().executeTakeFirst();
}

/** The version most recently demoted from active (and not active again since): what a rollback goes back to. */
export async function previousActiveVersion(db: Kysely<DB>): Promise<string | undefined> {
  const row = await db
    .selectFrom('model_version_changes')
    .select('version')
    .where('from_status', '=', 'active')
    .where('version', 'not in', db.selectFrom('model_versions').select('version').where('status', '=', 'active'))
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.version;
}

export interface StatusChange {
  model: Pick<ModelVersionRow, 'id' | 'version'>;
  from: ModelStatus | null;
  to: ModelStatus;
  actorId: string | null;
  reason: string;
  now: Date;
}

/** Sets a version's status and records the change: history row, audit entry, outbox event, NOTIFY (sent on commit). */
export async function setModelStatus(trx: Transaction<DB>, change: StatusChange): Promise<void> {
  await trx.updateTable('model_versions').set({ status: change.to, updated_at: change.now }).where('version', '=', change.model.version).execute();
  await recordStatusChange(trx, change);
}

export async function recordStatusChange(trx: Transaction<DB>, { model, from, to, actorId, reason, now }: StatusChange): Promise<void> {
  await trx.insertInto('model_version_changes').values({ version: model.version, from_status: from, to_status: to, actor_id: actorId, reason, at: now }).execute();
  const details = { version: model.version, from_status: from, to_status: to, reason };
  await appendAudit(trx, { actorId, action: 'model_version.status_changed', entityType: 'model_version', entityId: model.id, details, at: now });
  await appendEvents(trx, [{ type: 'model_version.status_changed', aggregateType: 'model', aggregateId: model.id, occurredAt: now, payload: { ...details, actor_id: actorId } }]);
  await sql`SELECT pg_notify(${REGISTRY_CHANNEL}, ${model.version})`.execute(trx);
}
