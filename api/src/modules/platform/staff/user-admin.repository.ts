import { type Kysely, sql } from 'kysely';
import type { DB } from '../../../db/schema';
import { type Cursor, afterCursor } from '../../../db/keyset';
import { permissionsOf } from '../../../permissions';

const LIST_COLUMNS = ['id', 'email', 'display_name', 'roles', 'created_at', 'suspended_at'] as const;

/** `%` and `_` in a search term are literal characters, not LIKE wildcards. */
const likeLiteral = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Users newest first; `q` matches an exact id (when it is a UUID), an email prefix or any part of the
 * display name, case-insensitively.
 */
export function searchUsers(db: Kysely<DB>, f: { q?: string; viewerId: string; limit: number; cursor?: Cursor }) {
  // The viewer's own record is not theirs to look up here (see mustBeAnotherUser).
  let q = db.selectFrom('users').select(LIST_COLUMNS).where('id', '<>', f.viewerId);
  const term = f.q;
  if (term) {
    const literal = likeLiteral(term.toLowerCase());
    q = q.where((eb) =>
      eb.or([
        eb('email', 'like', `${literal}%`),
        eb('display_name', 'ilike', `%${literal}%`),
        ...(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(term) ? [eb('id', '=', term)] : []),
      ]),
    );
  }
  if (f.cursor) q = q.where(afterCursor('created_at', 'id', f.cursor));
  return q
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

/** A user with their roles and moderation state (warnings counted from the moderation history). */
export function findUserDetail(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('users')
    .select([...LIST_COLUMNS, 'payouts_frozen'])
    .select(sql<number>`(SELECT count(*)::int FROM user_moderation_actions a WHERE a.user_id = users.id AND a.action = 'warn')`.as('warnings'))
    .where('id', '=', id)
    .executeTakeFirst();
}

type UserListRow = Awaited<ReturnType<typeof searchUsers>>[number];
type UserDetailRow = NonNullable<Awaited<ReturnType<typeof findUserDetail>>>;

export function toUserListResponse(u: UserListRow) {
  return { id: u.id, email: u.email, display_name: u.display_name, roles: u.roles, suspended_at: u.suspended_at?.toISOString() ?? null, created_at: u.created_at.toISOString() };
}

export function toUserDetailResponse(u: UserDetailRow) {
  return {
    ...toUserListResponse(u),
    permissions: permissionsOf(u.roles),
    moderation: { suspended_at: u.suspended_at?.toISOString() ?? null, payouts_frozen: u.payouts_frozen, warnings: u.warnings },
  };
}
