import type { Kysely, Transaction } from 'kysely';
import type { DB, ModerationAction, UserModerationActionRow } from '../../../db/schema';

export function insertModerationAction(
  trx: Transaction<DB>,
  a: { user_id: string; action: ModerationAction; reason: string; staff_id: string; created_at: Date },
): Promise<UserModerationActionRow> {
  return trx.insertInto('user_moderation_actions').values(a).returningAll().executeTakeFirstOrThrow();
}

export function listModerationActions(db: Kysely<DB>, userId: string): Promise<UserModerationActionRow[]> {
  return db.selectFrom('user_moderation_actions').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
}

export function toModerationActionResponse(a: UserModerationActionRow) {
  return { id: a.id, user_id: a.user_id, action: a.action, reason: a.reason, staff_id: a.staff_id, created_at: a.created_at.toISOString() };
}
