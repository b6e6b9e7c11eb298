import { type RateLimitRule, route } from '../../../http/route';
import { CONSOLE_SECOND_STEP_PATH, sessionCookies } from '../../../http/session-cookies';
import type { AuthUser } from '../../../auth-user';
import { ConsoleSessionResponse, SessionResponse, assertSteppedUp, deviceIdOf, sessionTtlHours, toUserResponse } from '../users';
import { DisableBody, RecoveryCodes, SecondStepBody, StepUpBody, TotpCodeBody, TotpEnrolment, TwoFactorStatus } from './two-factor.schemas';
import { type Actor, confirmEnrolment, disableTwoFactor, regenerateRecoveryCodes, startEnrolment, stepUp, twoFactorStatus } from './two-factor.service';
import { completeSignIn } from './two-step-sign-in.service';

// Every code is a guess at a secret: strict per address and per account.
const CODE_LIMITS: RateLimitRule[] = [
  { budget: 'code_ip', per: 'ip' },
  { budget: 'auth_account', per: 'user' },
];
// Before the second step nobody is signed in: per address; the account's lockout and the challenge's five attempts bound the rest.
const SECOND_STEP_LIMITS: RateLimitRule[] = [
  { budget: 'code_ip', per: 'ip' },
  { budget: 'auth_ip', per: 'ip' },
];
const STEP_UP_REQUIRED = { 403: { description: 'The session has not proved it is you recently (`step_up_required`): POST /v1/auth/step-up first' } };
const WRONG_CODE = { 422: { description: 'Wrong, expired or already used code (`invalid_code`); counts toward the sign-in lockout' } };
const SECOND_STEP_REFUSALS = {
  401: { description: 'The challenge expired, was used, or had five wrong codes (`challenge_invalid`): sign in again' },
  422: { description: 'Wrong, expired or already used code (`invalid_code`); counts toward the account lockout' },
  429: { description: 'Too many attempts (`rate_limited`), or the account is locked after failed sign-ins (`account_locked`); see Retry-After' },
};

const actorOf = (user: AuthUser, ip: string, header: (name: string) => string | undefined): Actor => ({
  id: user.id,
  email: user.email,
  locale: user.locale,
  ip,
  userAgent: header('user-agent'),
});

export const twoFactorRoutes = [
  route({
    method: 'get',
    path: '/v1/me/2fa',
    operationId: 'getMyTwoFactor',
    tag: 'auth',
    access: 'user',
    summary: 'Whether two-step verification (TOTP) is on, and how many recovery codes are left',
    rateLimit: CODE_LIMITS,
    responses: { 200: { description: 'The state', schema: TwoFactorStatus } },
    handler: async ({ ctx, user }) => ({ status: 200, body: await twoFactorStatus(ctx.db, user.id) }),
  }),
  route({
    method: 'post',
    path: '/v1/me/2fa/totp',
    operationId: 'enrolTotp',
    tag: 'auth',
    access: 'user',
    summary:
      'Start turning on two-step verification: a new authenticator secret (otpauth URI and QR code), pending until POST /v1/me/2fa/totp/confirm. ' +
      'Starting again while pending replaces the secret. Needs a recent step-up.',
    rateLimit: CODE_LIMITS,
    responses: {
      201: { description: 'The secret to add to an authenticator app', schema: TotpEnrolment },
      ...STEP_UP_REQUIRED,
      409: { description: 'Two-step verification is already on (`two_factor_already_enabled`)' },
    },
    handler: async ({ ctx, user, token }) => {
      await assertSteppedUp(ctx, token);
      return { status: 201, body: await startEnrolment(ctx, user) };
    },
  }),
  route({
    method: 'post',
    path: '/v1/me/2fa/totp/confirm',
    operationId: 'confirmTotp',
    tag: 'auth',
    access: 'user',
    summary: 'Turn two-step verification on with the first code from the app; answers ten single-use recovery codes, shown this once',
    body: TotpCodeBody,
    rateLimit: CODE_LIMITS,
    responses: {
      200: { description: 'On; the recovery codes', schema: RecoveryCodes },
      409: { description: 'Nothing pending (`no_pending_enrolment`) or already on (`two_factor_already_enabled`)' },
      422: { description: 'Wrong code (`invalid_code`)' },
    },
    handler: async ({ ctx, user, ip, header, body }) => ({ status: 200, body: { recovery_codes: await confirmEnrolment(ctx, actorOf(user, ip, header), body.code) } }),
  }),
  route({
    method: 'delete',
    path: '/v1/me/2fa/totp',
    operationId: 'disableTotp',
    tag: 'auth',
    access: 'user',
    summary: 'Turn two-step verification off with a code from the app or a recovery code; needs a recent step-up. The recovery codes go too.',
    body: DisableBody,
    rateLimit: CODE_LIMITS,
    responses: {
      204: { description: 'Off' },
      ...STEP_UP_REQUIRED,
      409: { description: 'Two-step verification is not on (`two_factor_not_enabled`)' },
      ...WRONG_CODE,
    },
    handler: async ({ ctx, user, token, ip, header, body }) => {
      await assertSteppedUp(ctx, token);
      await disableTwoFactor(ctx, actorOf(user, ip, header), body.code);
      return { status: 204 };
    },
  }),
  route({
    method: 'post',
    path: '/v1/me/2fa/recovery-codes',
    operationId: 'regenerateRecoveryCodes',
    tag: 'auth',
    access: 'user',
    summary: 'Ten new recovery codes for a current code from the app; the earlier codes stop working. Needs a recent step-up.',
    body: TotpCodeBody,
    rateLimit: CODE_LIMITS,
    responses: {
      200: { description: 'The new codes, shown this once', schema: RecoveryCodes },
      ...STEP_UP_REQUIRED,
      409: { description: 'Two-step verification is not on (`two_factor_not_enabled`)' },
      ...WRONG_CODE,
    },
    handler: async ({ ctx, user, token, ip, header, body }) => {
      await assertSteppedUp(ctx, token);
      return { status: 200, body: { recovery_codes: await regenerateRecoveryCodes(ctx, actorOf(user, ip, header), body.code) } };
    },
  }),
  route({
    method: 'post',
    path: '/v1/auth/step-up',
    operationId: 'stepUp',
    tag: 'auth',
    access: 'user',
    summary:
      'Prove it is you again on this session, before a sensitive change (payouts, payout details, email, two-step verification, deleting the account): ' +
      'the password, or with two-step verification on a code from the app or a recovery code (the password alone is then refused). It holds for STEP_UP_MINUTES (10 by default).',
    body: StepUpBody,
    rateLimit: CODE_LIMITS,
    responses: {
      204: { description: 'Stepped up' },
      401: { description: 'Wrong password (`invalid_credentials`)' },
      403: { description: 'Two-step verification is on: a code is needed, not the password (`second_factor_required`)' },
      409: { description: 'A code was given but two-step verification is off (`two_factor_not_enabled`)' },
      ...WRONG_CODE,
    },
    handler: async ({ ctx, user, token, ip, header, body }) => {
      await stepUp(ctx, actorOf(user, ip, header), token, body);
      return { status: 204 };
    },
  }),
  route({
    method: 'post',
    path: '/v1/auth/login/2fa',
    operationId: 'completeLogin',
    tag: 'auth',
    access: 'public',
    summary: 'The second step of signing in with two-step verification: the challenge POST /v1/auth/login answered, and a code from the app or a recovery code',
    body: SecondStepBody,
    rateLimit: SECOND_STEP_LIMITS,
    responses: { 200: { description: 'Signed in', schema: SessionResponse }, ...SECOND_STEP_REFUSALS },
    handler: async ({ ctx, body, header, ip }) => {
      const session = await completeSignIn(ctx, { ...body, kind: 'app', ip, userAgent: header('user-agent'), deviceId: deviceIdOf(header) });
      return { status: 200, body: { user: toUserResponse(session.user), token: session.token } };
    },
  }),
  route({
    method: 'post',
    path: CONSOLE_SECOND_STEP_PATH,
    operationId: 'completeConsoleSession',
    tag: 'auth',
    access: 'public',
    summary: 'The second step of a console sign-in with two-step verification: sets the session cookies as POST /v1/auth/console-session does',
    body: SecondStepBody,
    rateLimit: SECOND_STEP_LIMITS,
    responses: {
      200: { description: 'Signed in; the cookies are set', schema: ConsoleSessionResponse },
      ...SECOND_STEP_REFUSALS,
      403: { description: 'A cross-site request (csrf_failed)' },
    },
    handler: async ({ ctx, body, header, ip, secure }) => {
      const session = await completeSignIn(ctx, { ...body, kind: 'console', ip, userAgent: header('user-agent'), deviceId: deviceIdOf(header) });
      const cookies = sessionCookies(session.token, sessionTtlHours(ctx, 'console') * 3600, secure);
      return { status: 200, body: { user: toUserResponse(session.user) }, headers: { 'Set-Cookie': cookies } };
    },
  }),
];
