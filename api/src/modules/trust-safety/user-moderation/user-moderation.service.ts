import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB, ModerationAction, UserModerationActionRow } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { conflict, forbidden, notFound } from '../../../errors';
import { appendAudit } from '../../platform/audit';
import { appendEvents } from '../../platform/outbox';
import { lockActorAndTarget } from '../../platform/staff';
import { revokeSessionsOf, setSuspension } from '../../marketplace/users';
import { insertModerationAction } from './user-moderation.repository';

export interface ModerationResult {
  user_id: string;
  suspended_at: Date | null;
  payouts_frozen: boolean;
  action: UserModerationActionRow;
}

/**
 * Whether a confirmed fraud case froze the user's payouts, which reinstating must not lift. Fraud cases
 * call this module (a confirmation suspends), so the caller passes their check in; it runs under the
 * user's row lock, so a confirmation committing meanwhile is seen.
 */
export type ConfirmedFraudCheck = (trx: Transaction<DB>, userId: string) => Promise<boolean>;

const EVENT: Record<ModerationAction, string> = { warn: 'user.warned', suspend: 'user.suspended', reinstate: 'user.reinstated' };

/**
 * Warn (record only), suspend (no login, sessions revoked, listings hidden, payouts frozen) or reinstate
 * a user inside the caller's transaction. Attributable: history row + audit entry + outbox event, both
 * naming what led to it (`via`, e.g. the actioned report). Reinstating needs `confirmedFraud`. The caller forgets the user's cached sessions
 * after commit when suspending (see `moderateUser`).
 */
export async function applyModeration(
  trx: Transaction<DB>,
  staffId: string,
  userId: string,
  action: ModerationAction,
  reason: string,
  now: Date,
  via: { report_id: string } | null = null,
  confirmedFraud?: ConfirmedFraudCheck,
): Promise<ModerationResult> {
  // One's own record is not one's to moderate, nor to learn about here (see mustBeAnotherUser).
  if (staffId === userId) throw notFound('User');
  const { actor, target } = await lockActorAndTarget(trx, staffId, userId, 'users.moderate');
  let { suspended_at: suspendedAt, payouts_frozen: payoutsFrozen } = target;
  if (action === 'suspend') {
    if (target.roles.includes('admin') && !actor.roles.includes('admin')) throw forbidden('Only an admin may suspend an admin');
    if (suspendedAt) throw conflict('already_suspended', 'This user is already suspended');
    suspendedAt = now;
    payoutsFrozen = true;
    await setSuspension(trx, userId, { suspended_at: now, payouts_frozen: true });
    await revokeSessionsOf(trx, userId, now);
  } else if (action === 'reinstate') {
    if (!suspendedAt) throw conflict('not_suspended', 'This user is not suspended');
    suspendedAt = null;
    if (!confirmedFraud) throw new Error('Reinstating a user needs the confirmed-fraud check');
    payoutsFrozen = await confirmedFraud(trx, userId);
    await setSuspension(trx, userId, { suspended_at: null, payouts_frozen: payoutsFrozen });
  }
  const row = await insertModerationAction(trx, { user_id: userId, action, reason, staff_id: staffId, created_at: now });
  await appendAudit(trx, { actorId: staffId, action: `user.${action}`, entityType: 'user', entityId: userId, details: { reason, moderation_action_id: row.id, ...via }, at: now });
  await appendEvents(trx, [
    {
      type: EVENT[action],
      aggregateType: 'user',
      aggregateId: userId,
      occurredAt: now,
      payload: { user_id: userId, action, reason, staff_id: staffId, moderation_action_id: row.id, ...via },
    },
  ]);
  return { user_id: userId, suspended_at: suspendedAt, payouts_frozen: payoutsFrozen, action: row };
}

/** `applyModeration` in its own transaction. */
export async function moderateUser(
  ctx: AppContext,
  staffId: string,
  userId: string,
  action: ModerationAction,
  reason: string,
  confirmedFraud: ConfirmedFraudCheck,
): Promise<ModerationResult> {
  const now = ctx.clock.now();
  const result = await inTransaction(ctx.db, (trx) => applyModeration(trx, staffId, userId, action, reason, now, null, confirmedFraud));
  // After commit: a lookup between forgetting and committing would cache the live session again.
  if (action === 'suspend') ctx.sessions.forgetUser(userId);
  return result;
}
