import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB, Locale } from '../../../db/schema';
import { inTransaction, isUniqueViolation } from '../../../db/transaction';
import { conflict, invalid } from '../../../errors';
import { sendMail } from '../../platform/mail';
import { appendEvents } from '../../platform/outbox';
import { recordSecurityEvent, sendSecurityAlert } from '../security-events';
import { consumeAccountToken, findLiveAccountToken, issueAccountToken } from './account-tokens';
import { findCredentials, markEmailVerified, setEmail, setPasswordHash } from './account.repository';
import { clearLockout } from './login-lockout';
import { resetPassword } from './mail/reset-password';
import { assertAcceptablePassword } from './new-password';
import { type PublicUser, findByEmail, findPublicUser, revokeSessionsOf } from './users.repository';
import { mailVerification } from './users.service';

// One answer for a token that never existed, was used, or expired: a guesser learns nothing from it.
const invalidToken = () => invalid('invalid_token', 'This link is invalid, already used or expired; ask for a new one', 'token');

type Origin = { ip: string; userAgent?: string };

/**
 * Follows a mailed link: a `verify_email` token verifies the account's address; a `change_email` token
 * moves the account to the address it was sent to (verified by the same act) and alerts the old one.
 */
export async function verifyEmailToken(ctx: AppContext, token: string, origin: Origin): Promise<PublicUser> {
  const now = ctx.clock.now();
  const outcome = await inTransaction(ctx.db, async (trx) => {
    const verification = await consumeAccountToken(trx, token, 'verify_email', now);
    if (verification) {
      // A token mailed to an address the account has since left verifies nothing.
      const user = await markEmailVerified(trx, verification.user_id, verification.email!, now);
      if (!user) throw invalidToken();
      // Set by this very update (it keeps an earlier date): the first verification only is an event.
      if (user.email_verified_at!.getTime() === now.getTime()) await appendVerified(trx, user.id, now);
      return { user };
    }
    const change = await consumeAccountToken(trx, token, 'change_email', now);
    if (!change) throw invalidToken();
    const before = (await findPublicUser(trx, change.user_id))!;
    const user = await setEmail(trx, change.user_id, change.email!, now).catch((err: unknown) => {
      if (isUniqueViolation(err, 'users_email_key')) throw conflict('email_taken', 'This address has been taken by another account since the link was sent');
      throw err;
    });
    await appendVerified(trx, user.id, now);
    const event = await recordSecurityEvent(trx, { userId: user.id, kind: 'email_changed', at: now, origin });
    return { user, alert: { to: { email: before.email, locale: before.locale }, event } };
  });
  // After commit: a lookup in between would cache the old address or state again.
  ctx.sessions.forgetUser(outcome.user.id);
  if (outcome.alert) await sendSecurityAlert(ctx, outcome.alert.to, outcome.alert.event);
  return outcome.user;
}

const appendVerified = (trx: Transaction<DB>, userId: string, at: Date) =>
  appendEvents(trx, [{ type: 'user.email_verified', aggregateType: 'user', aggregateId: userId, occurredAt: at, payload: { user_id: userId } }]);

/** A new verification link (the earlier ones stop working); 409 `already_verified` when there is nothing to verify. */
export async function resendVerification(ctx: AppContext, userId: string): Promise<void> {
  const user = (await findPublicUser(ctx.db, userId))!;
  if (user.email_verified_at) throw conflict('already_verified', 'This email address is already verified');
  const now = ctx.clock.now();
  const token = await inTransaction(ctx.db, (trx) =>
    issueAccountToken(trx, { userId, purpose: 'verify_email', email: user.email, now, ttlMs: ctx.config.EMAIL_VERIFICATION_TTL_HOURS * 3_600_000 }),
  );
  await mailVerification(ctx, user, token);
}

/**
 * Mails a reset link if the address has an account that may sign in. The caller's answer never
 * depends on it: both paths make the same lookup, and issuing and mailing run after the answer, so
 * its timing says nothing either. Suspended accounts get nothing: a new password would not let them in.
 */
export async function requestPasswordReset(ctx: AppContext, email: string): Promise<void> {
  const user = await findByEmail(ctx.db, email);
  if (!user || user.suspended_at) return;
  void mailReset(ctx, user).catch((err: unknown) => ctx.logger.error({ kind: 'reset_password', err: (err as Error).message }, 'password reset not issued'));
}

async function mailReset(ctx: AppContext, user: { id: string; email: string; display_name: string; locale: Locale }): Promise<void> {
  const now = ctx.clock.now();
  const minutes = ctx.config.PASSWORD_RESET_TTL_MINUTES;
  const token = await inTransaction(ctx.db, (trx) => issueAccountToken(trx, { userId: user.id, purpose: 'reset_password', email: null, now, ttlMs: minutes * 60_000 }));
  await sendMail(ctx, user, 'reset_password', resetPassword, { name: user.display_name, url: `${ctx.config.APP_URL}/reset-password?token=${encodeURIComponent(token)}`, minutes });
}

/**
 * Sets the password a reset link was mailed for. The link proved the inbox, so the address counts
 * as verified and the sign-in lockout is lifted; every session ends, since whoever reset may be
 * locking someone else out.
 */
export async function confirmPasswordReset(ctx: AppContext, input: { token: string; password: string }, origin: Origin): Promise<void> {
  const now = ctx.clock.now();
  // Checked before the slow hash; consumed below, so a refused password leaves the link usable.
  const live = await findLiveAccountToken(ctx.db, input.token, 'reset_password', now);
  if (!live) throw invalidToken();
  const account = (await findCredentials(ctx.db, live.user_id))!;
  assertAcceptablePassword(input.password, account, 'password');
  const passwordHash = await ctx.passwords.hash(input.password);
  const event = await inTransaction(ctx.db, async (trx) => {
    // Two confirmations racing with one link: the second finds it used.
    if (!(await consumeAccountToken(trx, input.token, 'reset_password', now))) throw invalidToken();
    await setPasswordHash(trx, account.id, passwordHash, now);
    if (!account.email_verified_at) await appendVerified(trx, account.id, now);
    await revokeSessionsOf(trx, account.id, now);
    return recordSecurityEvent(trx, { userId: account.id, kind: 'password_reset', at: now, origin });
  });
  ctx.sessions.forgetUser(account.id);
  await clearLockout(ctx.rateLimits, account.email.toLowerCase());
  await sendSecurityAlert(ctx, account, event);
}
