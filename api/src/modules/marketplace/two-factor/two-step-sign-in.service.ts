import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import { DomainError } from '../../../errors';
import {
  type PublicUser,
  type RequestOrigin,
  type Session,
  type SessionKind,
  assertSignInAllowed,
  checkPassword,
  findPublicUser,
  hashToken,
  newToken,
  recordSignInFailure,
  startSession,
} from '../users';
import { deviceOf, networkOf } from '../security-events';
import { countChallengeAttempt, findChallenge, insertChallenge, lockChallenge, markChallengeUsed } from './login-challenges.repository';
import { type SecondFactor, lockConfirmedTotp, spendSecondFactor, wrongCode } from './second-factor';
import { hasConfirmedTotp } from './totp-credentials.repository';

const CHALLENGE_TTL_MS = 5 * 60_000;
const CHALLENGE_MAX_ATTEMPTS = 5;

export type SignInResult = { session: Session } | { challenge: string; expiresAt: Date };

/** The 202 body of a sign-in that owes a second factor. */
export const challengeResponse = (c: { challenge: string; expiresAt: Date }) => ({
  two_factor_required: true as const,
  challenge: c.challenge,
  expires_at: c.expiresAt.toISOString(),
  methods: ['totp' as const, 'recovery_code' as const],
});

const challengeInvalid = () =>
  new DomainError('unauthenticated', 'challenge_invalid', 'This sign-in expired, was used or had too many wrong codes: sign in again with your password');

/** The password first; with two-step verification on, the answer is a short-lived challenge for the code instead of a session. */
export async function signIn(ctx: AppContext, attempt: { email: string; password: string; kind: SessionKind } & RequestOrigin): Promise<SignInResult> {
  return continueSignIn(ctx, await checkPassword(ctx, attempt), attempt.kind, attempt);
}

/** After a first factor (the password, or an OpenID provider's answer): a session, or a challenge when TOTP is on. */
export async function continueSignIn(ctx: AppContext, user: PublicUser, kind: SessionKind, origin: RequestOrigin): Promise<SignInResult> {
  if (!(await hasConfirmedTotp(ctx.db, user.id))) return { session: await startSession(ctx, user, kind, origin) };
  const challenge = newToken();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + CHALLENGE_TTL_MS);
  await insertChallenge(ctx.db, {
    user_id: user.id,
    token_hash: hashToken(challenge),
    kind,
    created_at: now,
    expires_at: expiresAt,
    user_agent: deviceOf(origin.userAgent),
    network: networkOf(origin.ip),
  });
  return { challenge, expiresAt };
}

/**
 * The second step: the challenge and a code open the session (stepped up). A wrong code counts
 * toward the account's lockout and the challenge's attempts; the fifth kills the challenge.
 */
export async function completeSignIn(ctx: AppContext, input: { challenge: string; kind: SessionKind } & SecondFactor & RequestOrigin): Promise<Session> {
  const now = ctx.clock.now();
  const usable = (c: { used_at: Date | null; expires_at: Date; attempts: number; kind: string }) =>
    c.used_at === null && c.expires_at > now && c.attempts < CHALLENGE_MAX_ATTEMPTS && c.kind === input.kind;
  const found = await findChallenge(ctx.db, hashToken(input.challenge));
  const user = found && usable(found) ? await findPublicUser(ctx.db, found.user_id) : undefined;
  if (!found || !user) throw challengeInvalid();
  await assertSignInAllowed(ctx, user.email);
  const outcome = await inTransaction(ctx.db, async (trx) => {
    const challenge = await lockChallenge(trx, found.id);
    if (!challenge || !usable(challenge)) return 'challenge_invalid';
    const credential = await lockConfirmedTotp(ctx, trx, user.id);
    if (!(await spendSecondFactor(trx, user.id, credential, input, now, true))) {
      await countChallengeAttempt(trx, challenge.id);
      return 'wrong_code';
    }
    await markChallengeUsed(trx, challenge.id, now);
    return 'proved';
  });
  if (outcome === 'challenge_invalid') throw challengeInvalid();
  if (outcome === 'wrong_code') {
    await recordSignInFailure(ctx, input.ip, user.email);
    throw wrongCode(input);
  }
  return startSession(ctx, user, input.kind, input);
}
