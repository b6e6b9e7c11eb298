import type { AppContext } from '../../../context';
import type { Locale } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { DomainError, invalid } from '../../../errors';
import { permissionsOf } from '../../../permissions';
import { sendMail } from '../../platform/mail';
import { recordSecurityEvent, sendSecurityAlert } from '../security-events';
import { issueAccountToken } from './account-tokens';
import { findCredentials, setPasswordHash, updateProfile } from './account.repository';
import { confirmNewEmail } from './mail/confirm-new-email';
import { emailChangeRequested } from './mail/email-change-requested';
import { assertAcceptablePassword } from './new-password';
import { revokeOtherSessions } from './sessions.repository';
import { assertSteppedUp } from './step-up';
import { hashToken } from './tokens';
import { type PublicUser, findByEmail, findIdentityVerifiedAt, toUserResponse } from './users.repository';

type Origin = { ip: string; userAgent?: string };

/** The account as its owner sees it (GET /v1/me), with staff permissions. */
export async function describeMe(ctx: AppContext, user: PublicUser) {
  // Read fresh, not from the (cached) session: a review may have verified the user a moment ago.
  const verifiedAt = await findIdentityVerifiedAt(ctx.db, user.id);
  return { ...toUserResponse(user), permissions: permissionsOf(user.roles), identity_verified_at: verifiedAt?.toISOString() ?? null };
}

export async function updateMe(ctx: AppContext, userId: string, changes: { display_name?: string; locale?: Locale }) {
  const user = await updateProfile(ctx.db, userId, changes);
  // Sessions carry the name and language: the next request must see the new ones.
  ctx.sessions.forgetUser(userId);
  return describeMe(ctx, user);
}

/** Needs the current password; the session that changed it stays, every other one ends. */
export async function changePassword(ctx: AppContext, userId: string, token: string, input: { current_password: string; new_password: string }, origin: Origin): Promise<void> {
  const account = (await findCredentials(ctx.db, userId))!;
  if (!(await ctx.passwords.verify(input.current_password, account.password_hash))) {
    throw new DomainError('unauthenticated', 'invalid_credentials', 'The current password is incorrect', [{ field: 'current_password', message: 'is incorrect' }]);
  }
  assertAcceptablePassword(input.new_password, account, 'new_password');
  const passwordHash = await ctx.passwords.hash(input.new_password);
  const now = ctx.clock.now();
  const event = await inTransaction(ctx.db, async (trx) => {
    await setPasswordHash(trx, userId, passwordHash);
    await revokeOtherSessions(trx, userId, hashToken(token), now);
    return recordSecurityEvent(trx, { userId, kind: 'password_changed', at: now, origin });
  });
  ctx.sessions.forgetUser(userId);
  await sendSecurityAlert(ctx, account, event);
}

/**
 * Mails a confirmation link to the new address (the account moves when it is followed, see
 * verifyEmailToken) and a heads-up to the current one. An address that already has an account gets
 * nothing, and the caller the same answer: after the one lookup both paths share, the rest runs
 * after the answer, so neither its content nor its timing tells.
 */
export async function requestEmailChange(ctx: AppContext, user: PublicUser, token: string, email: string): Promise<void> {
  await assertSteppedUp(ctx, token);
  if (email === user.email.toLowerCase()) throw invalid('same_email', 'This is already the address of your account', 'email');
  const taken = (await findByEmail(ctx.db, email)) !== undefined;
  void mailEmailChange(ctx, user, email, taken).catch((err: unknown) => ctx.logger.error({ kind: 'change_email', err: (err as Error).message }, 'email change not issued'));
}

async function mailEmailChange(ctx: AppContext, user: PublicUser, email: string, taken: boolean): Promise<void> {
  await sendMail(ctx, user, 'email_change_requested', emailChangeRequested, { name: user.display_name, newEmail: email, resetUrl: `${ctx.config.APP_URL}/reset-password` });
  if (taken) return;
  const now = ctx.clock.now();
  const hours = ctx.config.EMAIL_VERIFICATION_TTL_HOURS;
  const link = await inTransaction(ctx.db, (trx) => issueAccountToken(trx, { userId: user.id, purpose: 'change_email', email, now, ttlMs: hours * 3_600_000 }));
  await sendMail(ctx, { email, locale: user.locale }, 'change_email', confirmNewEmail, {
    name: user.display_name,
    url: `${ctx.config.APP_URL}/verify-email?token=${encodeURIComponent(link)}`,
    hours,
  });
}
