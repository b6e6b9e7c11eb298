import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB } from '../../../db/schema';
import { DomainError, conflict } from '../../../errors';
import { hashRecoveryCode } from './recovery-codes';
import { spendRecoveryCode } from './recovery-codes.repository';
import { matchTotp } from './totp';
import { type TotpCredential, lockTotp, spendTotpStep } from './totp-credentials.repository';

/** A second factor as a request gives it: a TOTP code, or a recovery code (`code` may hold either where both are accepted). */
export interface SecondFactor {
  code?: string;
  recovery_code?: string;
}

export const notEnabled = () => conflict('two_factor_not_enabled', 'Two-step verification is not on for this account');

export const wrongCode = (factor: SecondFactor) =>
  new DomainError('invalid', 'invalid_code', 'The code is wrong, expired or already used', [
    { field: factor.recovery_code !== undefined ? 'recovery_code' : 'code', message: 'wrong, expired or already used' },
  ]);

/** The user's confirmed authenticator, locked; 409 when two-step verification is off. */
export async function lockConfirmedTotp(ctx: AppContext, trx: Transaction<DB>, userId: string): Promise<TotpCredential> {
  const credential = await lockTotp(trx, ctx.keyring, userId);
  if (!credential?.confirmedAt) throw notEnabled();
  return credential;
}

/**
 * Checks and spends a second factor in the caller's transaction: a TOTP code is good once (its time
 * step must be later than the last one accepted), a recovery code once. `recovery` false: TOTP only.
 * False when wrong, expired or already used.
 */
export async function spendSecondFactor(trx: Transaction<DB>, userId: string, credential: TotpCredential, factor: SecondFactor, now: Date, recovery: boolean): Promise<boolean> {
  if (factor.code !== undefined && /^\d{6}$/.test(factor.code)) {
    const step = await matchTotp(credential.secret, factor.code, now, credential.lastUsedStep);
    if (step === undefined) return false;
    await spendTotpStep(trx, userId, step);
    return true;
  }
  const recoveryCode = factor.recovery_code ?? factor.code;
  return recovery && recoveryCode !== undefined && spendRecoveryCode(trx, userId, hashRecoveryCode(recoveryCode), now);
}
