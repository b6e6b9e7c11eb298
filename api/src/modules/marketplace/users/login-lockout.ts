import type { Config } from '../../../config';
import { type RateLimits, limitKey } from '../../../adapters/rate-limits';
import { DomainError, type Quota } from '../../../errors';

// Progressive lockout per account, keyed by the normalized email whether or not an account has it, so
// a locked unknown email answers exactly as a locked real one. Failures are also counted per (address,
// account): a successful login takes back the failures its own address made, so a user's typos do
// not add up, while someone else's guesses from elsewhere still count toward the next, longer lock.

type Lockout = Pick<Config, 'LOGIN_LOCKOUT_THRESHOLD' | 'LOGIN_LOCKOUT_SECONDS'>;

const locked = (quota: Quota) =>
  new DomainError('rate_limited', 'account_locked', 'Too many failed sign-ins for this account; try again after the time in Retry-After', undefined, undefined, quota);

/** A 429 `account_locked` while the account is locked: checked before the password, so even the right one waits. */
export async function assertNotLocked(limits: RateLimits, config: Lockout, email: string): Promise<void> {
  const lock = await limits.loginLock.get(limitKey(email));
  if (lock && lock.consumedPoints > limits.loginLock.points && lock.msBeforeNext > 0) {
    throw locked({ limit: config.LOGIN_LOCKOUT_THRESHOLD, remaining: 0, resetMs: lock.msBeforeNext });
  }
}

/** Counts a failed login; at the threshold and past it, locks the account (and answers 429 instead of 401). */
export async function recordFailure(limits: RateLimits, config: Lockout, ip: string, email: string): Promise<void> {
  const [account] = await Promise.all([limits.loginFailures.penalty(limitKey(email)), limits.loginPairFailures.penalty(limitKey(ip, email))]);
  const past = account.consumedPoints - config.LOGIN_LOCKOUT_THRESHOLD;
  if (past < 0) return;
  const steps = config.LOGIN_LOCKOUT_SECONDS;
  const seconds = steps[Math.min(past, steps.length - 1)]!;
  await limits.loginLock.block(limitKey(email), seconds);
  throw locked({ limit: config.LOGIN_LOCKOUT_THRESHOLD, remaining: 0, resetMs: seconds * 1000 });
}

/** After a successful login: this address's failures on the account no longer count. */
export async function recordSuccess(limits: RateLimits, ip: string, email: string): Promise<void> {
  const pairKey = limitKey(ip, email);
  const [pair, account] = await Promise.all([limits.loginPairFailures.get(pairKey), limits.loginFailures.get(limitKey(email))]);
  if (!pair) return;
  // Never below zero: the account's window may have ended before this address's did.
  const own = Math.min(pair.consumedPoints, account?.consumedPoints ?? 0);
  if (own > 0) await limits.loginFailures.reward(limitKey(email), own);
  await limits.loginPairFailures.delete(pairKey);
}

/** The inbox was proved (a password reset): the account's failures and lock are wiped, whoever made them. */
export async function clearLockout(limits: RateLimits, email: string): Promise<void> {
  await Promise.all([limits.loginFailures.delete(limitKey(email)), limits.loginLock.delete(limitKey(email))]);
}
