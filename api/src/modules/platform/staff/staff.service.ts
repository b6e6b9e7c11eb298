import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { conflict, forbidden, notFound } from '../../../errors';
import { appendAudit } from '../audit';
import { appendEvents } from '../outbox';
import { type Permission, STAFF_ROLES, type StaffRole, hasPermission } from '../../../permissions';
import { findPublicUser, lockUsers, setUserRoles } from '../../marketplace/users';
import type { StaffUserView } from './staff.repository';

const isStaffRole = (role: string) => (STAFF_ROLES as readonly string[]).includes(role);

/**
 * Replaces a user's staff roles (any other roles they hold are kept). Audited and published in the
 * same transaction; a no-op change records nothing.
 */
export async function replaceStaffRoles(ctx: AppContext, actorId: string, userId: string, roles: readonly StaffRole[]): Promise<StaffUserView> {
  const now = ctx.clock.now();
  const user = await inTransaction(ctx.db, async (trx) => {
    const { target } = await lockActorAndTarget(trx, actorId, userId, 'staff.manage_roles');
    const before = target.roles;
    // Staff roles in matrix order, so the same set is always stored (and compared) the same way.
    const after = [...before.filter((r) => !isStaffRole(r)), ...STAFF_ROLES.filter((r) => roles.includes(r))];
    if (actorId === userId && before.includes('admin') && !after.includes('admin')) {
      throw conflict('cannot_remove_own_admin', 'You cannot remove your own admin role; ask another admin');
    }
    if (sameRoles(before, after)) return (await findPublicUser(trx, userId))!;
    const updated = await setUserRoles(trx, userId, after);
    await appendAudit(trx, { actorId, action: 'staff.roles_changed', entityType: 'user', entityId: userId, details: { before, after }, at: now });
    await appendEvents(trx, [
      {
        type: 'user.roles_changed',
        aggregateType: 'user',
        aggregateId: userId,
        occurredAt: now,
        payload: { user_id: userId, changed_by: actorId, before, after },
      },
    ]);
    return updated;
  });
  // After commit: a lookup between forgetting and committing would cache the old roles again.
  ctx.sessions.forgetUser(userId);
  return user;
}

/**
 * Locks the acting staff member's and the target user's rows (in id order, so concurrent callers cannot
 * deadlock) and re-checks the actor's permission under the lock: the caller's roles were read before
 * this transaction (and may be cached), so an admin demoted concurrently must not act on stale rights.
 */
export async function lockActorAndTarget(trx: Transaction<DB>, actorId: string, targetId: string, permission: Permission) {
  const locked = await lockUsers(trx, [...new Set([actorId, targetId])]);
  const actor = locked.find((u) => u.id === actorId);
  const target = locked.find((u) => u.id === targetId);
  if (!actor || !hasPermission(actor.roles, permission)) throw forbidden();
  if (!target) throw notFound('User');
  return { actor, target };
}

function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((r) => b.includes(r));
}
