import type { Kysely, Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB, Locale } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { conflict, forbidden } from '../../../errors';
import { type SecurityEventKind, type SecurityEventRow, recordSecurityEvent, sendSecurityAlert } from '../security-events';
import { markSteppedUp, recordSignInFailure, stepUpWithPassword } from '../users';
import { deleteChallenges } from './login-challenges.repository';
import { RECOVERY_CODE_COUNT, hashRecoveryCode, newRecoveryCode } from './recovery-codes';
import { countUnusedRecoveryCodes, deleteRecoveryCodes, replaceRecoveryCodes } from './recovery-codes.repository';
import { type SecondFactor, lockConfirmedTotp, spendSecondFactor, wrongCode } from './second-factor';
import { matchTotp, newTotpSecret, provisioning } from './totp';
import { confirmTotp, deleteTotp, hasConfirmedTotp, lockTotp, savePendingTotp } from './totp-credentials.repository';

/** The signed-in user acting on their own second factor, and where the request came from (for the security event). */
export interface Actor {
  id: string;
  email: string;
  locale: Locale;
  ip: string;
  userAgent?: string;
}

export async function twoFactorStatus(db: Kysely<DB>, userId: string): Promise<{ totp_enabled: boolean; recovery_codes_left: number }> {
  const enabled = await hasConfirmedTotp(db, userId);
  return { totp_enabled: enabled, recovery_codes_left: enabled ? await countUnusedRecoveryCodes(db, userId) : 0 };
}

/** A new secret, pending until a code from it confirms it (a pending one is replaced); 409 once enabled. */
export async function startEnrolment(ctx: AppContext, user: { id: string; email: string }): Promise<{ secret: string; otpauth_uri: string; qr_data_url: string }> {
  const secret = newTotpSecret();
  await inTransaction(ctx.db, async (trx) => {
    const existing = await lockTotp(trx, ctx.keyring, user.id);
    if (existing?.confirmedAt) throw conflict('two_factor_already_enabled', 'Two-step verification is already on; turn it off first to change the authenticator');
    await savePendingTotp(trx, ctx.keyring, user.id, secret, ctx.clock.now());
  });
  return { secret, ...(await provisioning(secret, user.email)) };
}

/** The first code from the app turns two-step verification on; the answer holds the recovery codes, shown this once. */
export async function confirmEnrolment(ctx: AppContext, actor: Actor, code: string): Promise<string[]> {
  const now = ctx.clock.now();
  const outcome = await inTransaction(ctx.db, async (trx) => {
    const pending = await lockTotp(trx, ctx.keyring, actor.id);
    if (!pending) throw conflict('no_pending_enrolment', 'Start with POST /v1/me/2fa/totp, then confirm with a code from the app');
    if (pending.confirmedAt) throw conflict('two_factor_already_enabled', 'Two-step verification is already on');
    const step = await matchTotp(pending.secret, code, now, null);
    if (step === undefined) return undefined;
    await confirmTotp(trx, actor.id, now, step);
    const codes = await issueRecoveryCodes(trx, actor.id, now);
    return { codes, event: await record(trx, actor, 'two_factor_enabled', now) };
  });
  if (!outcome) throw wrongCode({ code });
  await sendSecurityAlert(ctx, actor, outcome.event);
  return outcome.codes;
}

/** Turns two-step verification off: a code (or a recovery code) proves the authenticator is still in hand. */
export async function disableTwoFactor(ctx: AppContext, actor: Actor, code: string): Promise<void> {
  const event = await withSecondFactor(ctx, actor, { code }, true, async (trx, now) => {
    await deleteTotp(trx, actor.id);
    await deleteRecoveryCodes(trx, actor.id);
    await deleteChallenges(trx, actor.id);
    return record(trx, actor, 'two_factor_disabled', now);
  });
  await sendSecurityAlert(ctx, actor, event);
}

/** Ten new recovery codes for a current TOTP code; the earlier ones stop working. */
export async function regenerateRecoveryCodes(ctx: AppContext, actor: Actor, code: string): Promise<string[]> {
  const { codes, event } = await withSecondFactor(ctx, actor, { code }, false, async (trx, now) => ({
    codes: await issueRecoveryCodes(trx, actor.id, now),
    event: await record(trx, actor, 'recovery_codes_regenerated', now),
  }));
  await sendSecurityAlert(ctx, actor, event);
  return codes;
}

/**
 * Step-up on this session: with two-step verification on, a fresh second factor (the password alone
 * is refused: whoever stole a session may know it); otherwise the password.
 */
export async function stepUp(ctx: AppContext, actor: Actor, token: string, proof: SecondFactor & { password?: string }): Promise<void> {
  const enabled = await hasConfirmedTotp(ctx.db, actor.id);
  if (proof.password !== undefined) {
    if (enabled)
      throw forbidden('Two-step verification is on: step up with a code from your authenticator app (code) or a recovery code (recovery_code)', 'second_factor_required');
    return stepUpWithPassword(ctx, actor, token, proof.password);
  }
  await withSecondFactor(ctx, actor, proof, true, (trx, now) => markSteppedUp(trx, token, now));
}

/** Everything of the user's second factor, for account deletion. */
export async function eraseTwoFactor(trx: Transaction<DB>, userId: string): Promise<void> {
  await deleteTotp(trx, userId);
  await deleteRecoveryCodes(trx, userId);
  await deleteChallenges(trx, userId);
}

/**
 * Runs `fn` in one transaction with the factor spent; a wrong factor changes nothing, counts toward
 * the account's sign-in lockout and answers 422.
 */
async function withSecondFactor<T>(ctx: AppContext, actor: Actor, factor: SecondFactor, recovery: boolean, fn: (trx: Transaction<DB>, now: Date) => Promise<T>): Promise<T> {
  const now = ctx.clock.now();
  const outcome = await inTransaction(ctx.db, async (trx) => {
    const credential = await lockConfirmedTotp(ctx, trx, actor.id);
    if (!(await spendSecondFactor(trx, actor.id, credential, factor, now, recovery))) return undefined;
    return { value: await fn(trx, now) };
  });
  if (!outcome) {
    await recordSignInFailure(ctx, actor.ip, actor.email);
    throw wrongCode(factor);
  }
  return outcome.value;
}

async function issueRecoveryCodes(trx: Transaction<DB>, userId: string, now: Date): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await replaceRecoveryCodes(trx, userId, codes.map(hashRecoveryCode), now);
  return codes;
}

function record(trx: Transaction<DB>, actor: Actor, kind: SecurityEventKind, at: Date): Promise<SecurityEventRow> {
  return recordSecurityEvent(trx, { userId: actor.id, kind, at, origin: actor });
}
