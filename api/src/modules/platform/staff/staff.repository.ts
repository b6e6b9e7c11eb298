import type { Kysely, Transaction } from 'kysely';
import type { DB, UserRow } from '../../../db/schema';
import { permissionsOf } from './permissions';

export type StaffUserView = Pick<UserRow, 'id' | 'email' | 'display_name' | 'roles' | 'created_at'>;

const VIEW_COLUMNS = ['id', 'email', 'display_name', 'roles', 'created_at'] as const;

export function findUserView(db: Kysely<DB>, id: string): Promise<StaffUserView | undefined> {
  return db.selectFrom('users').select(VIEW_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** Locks the given users' rows, in id order so two concurrent callers cannot deadlock. */
export function lockUsers(trx: Transaction<DB>, ids: readonly string[]) {
  return trx.selectFrom('users').select(['id', 'roles', 'suspended_at', 'payouts_frozen']).where('id', 'in', ids).orderBy('id').forUpdate().execute();
}

export function setUserRoles(trx: Transaction<DB>, id: string, roles: string[]): Promise<StaffUserView> {
  return trx.updateTable('users').set({ roles }).where('id', '=', id).returning(VIEW_COLUMNS).executeTakeFirstOrThrow();
}

export function toStaffUserResponse(user: StaffUserView) {
  return {
    id: user.id, email: user.email, display_name: user.display_name, roles: user.roles,
    permissions: permissionsOf(user.roles), created_at: user.created_at.toISOString(),
  };
}
