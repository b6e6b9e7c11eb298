import { type RateLimitRule, route } from '../../../http/route';
import { CONSOLE_SESSION_PATH, CSRF_HEADER, clearedSessionCookies, sessionCookies } from '../../../http/session-cookies';
import { TwoFactorChallenge, challengeResponse, signIn } from '../two-factor';
import { ConsoleSessionResponse, LoginBody, MeResponse, RegisterAccepted, RegisterBody, SessionResponse, deviceIdOf } from './users.schemas';
import { logout, register, sessionTtlHours } from './users.service';
import { toUserResponse } from './users.repository';
import { describeMe } from './account-settings.service';

// Both ways of signing in (app token, console cookie) share the per-address and per-account budgets and the lockout.
const SIGN_IN_LIMITS: RateLimitRule[] = [
  { budget: 'auth_ip', per: 'ip' },
  { budget: 'auth_account', per: 'email' },
];
// With two-step verification on, the password answers a challenge for the second step instead of a session.
const SECOND_STEP = { 202: { description: 'The password is right and a code is owed: answer the challenge within five minutes', schema: TwoFactorChallenge } };
const SIGN_IN_REFUSALS = {
  401: { description: 'Wrong email or password' },
  429: { description: 'Too many attempts (`rate_limited`), or the account is locked after failed sign-ins (`account_locked`, even for the right password); see Retry-After' },
  503: { description: 'Too many password hashes in progress; retry after Retry-After' },
};

export const usersRoutes = [
  route({
    method: 'post',
    path: '/v1/auth/register',
    operationId: 'register',
    tag: 'auth',
    access: 'public',
    summary:
      'Create an account and mail a verification link to it; then sign in with POST /v1/auth/login. The answer is the same whether or not ' +
      'the address already has an account (its owner is mailed instead), so it reveals nothing. An optional X-Device-Id header is stored ' +
      'hashed, to spot accounts sharing a device.',
    body: RegisterBody,
    rateLimit: [
      { budget: 'register_ip', per: 'ip' },
      { budget: 'mail', per: 'email' },
    ],
    responses: {
      202: { description: 'Accepted: a message is on its way to the address', schema: RegisterAccepted },
      503: { description: 'Too many password hashes in progress; retry after Retry-After' },
    },
    handler: async ({ ctx, body, header }) => {
      await register(ctx, body, { deviceId: deviceIdOf(header) });
      return { status: 202, body: { status: 'verification_sent', detail: 'If this address can be used, a message is on its way to it. Follow its link, then sign in.' } };
    },
  }),
  route({
    method: 'post',
    path: '/v1/auth/login',
    operationId: 'login',
    tag: 'auth',
    access: 'public',
    summary:
      'Sign in with email and password (optional X-Device-Id header as at registration). With two-step verification on, the answer is a 202 ' +
      'challenge: finish with POST /v1/auth/login/2fa and a code.',
    body: LoginBody,
    rateLimit: SIGN_IN_LIMITS,
    responses: {
      200: { description: 'Signed in', schema: SessionResponse },
      ...SECOND_STEP,
      ...SIGN_IN_REFUSALS,
    },
    handler: async ({ ctx, body, header, ip }) => {
      const result = await signIn(ctx, { email: body.email, password: body.password, kind: 'app', ip, userAgent: header('user-agent'), deviceId: deviceIdOf(header) });
      if ('challenge' in result) return { status: 202, body: challengeResponse(result) };
      return { status: 200, body: { user: toUserResponse(result.session.user), token: result.session.token } };
    },
  }),
  route({
    method: 'post',
    path: CONSOLE_SESSION_PATH,
    operationId: 'createConsoleSession',
    tag: 'auth',
    access: 'public',
    summary:
      'Sign a staff member in to the console. Sets two SameSite=Strict cookies (with the __Host- prefix and Secure over HTTPS): ' +
      `agora_session (HttpOnly, the session) and agora_csrf, whose value unsafe requests made with the cookie must echo in ${CSRF_HEADER}, ` +
      'from the same origin. The token is never in the body. Sessions last CONSOLE_SESSION_TTL_HOURS. With two-step verification on, the answer ' +
      'is a 202 challenge: finish with POST /v1/auth/console-session/2fa and a code.',
    body: LoginBody,
    rateLimit: SIGN_IN_LIMITS,
    responses: {
      200: { description: 'Signed in; the cookies are set', schema: ConsoleSessionResponse },
      ...SECOND_STEP,
      ...SIGN_IN_REFUSALS,
      403: { description: 'Not a staff account (not_staff), suspended, or a cross-site request (csrf_failed)' },
    },
    handler: async ({ ctx, body, header, ip, secure }) => {
      const result = await signIn(ctx, { email: body.email, password: body.password, kind: 'console', ip, userAgent: header('user-agent'), deviceId: deviceIdOf(header) });
      if ('challenge' in result) return { status: 202, body: challengeResponse(result) };
      const cookies = sessionCookies(result.session.token, sessionTtlHours(ctx, 'console') * 3600, secure);
      return { status: 200, body: { user: toUserResponse(result.session.user) }, headers: { 'Set-Cookie': cookies } };
    },
  }),
  route({
    method: 'post',
    path: '/v1/auth/logout',
    operationId: 'logout',
    tag: 'auth',
    access: 'user',
    summary: 'Revoke the current session (bearer token or console cookie) and delete the console cookies',
    rateLimit: [
      { budget: 'auth_ip', per: 'ip' },
      { budget: 'auth_account', per: 'user' },
    ],
    responses: { 204: { description: 'Session revoked' } },
    handler: async ({ ctx, token, secure }) => {
      await logout(ctx, token);
      return { status: 204, headers: { 'Set-Cookie': clearedSessionCookies(secure) } };
    },
  }),
  route({
    method: 'get',
    path: '/v1/me',
    operationId: 'getMe',
    tag: 'auth',
    access: 'user',
    summary: 'The signed-in user, with staff permissions',
    responses: {
      200: { description: 'The caller', schema: MeResponse },
    },
    handler: async ({ ctx, user }) => ({ status: 200, body: await describeMe(ctx, user) }),
  }),
];
