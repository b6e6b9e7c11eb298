import { type RateLimitRule, route } from '../../../http/route';
import { CONSOLE_SESSION_PATH, CSRF_HEADER, clearedSessionCookies, sessionCookies } from '../../../http/session-cookies';
import { parseInput } from '../../../http/validate';
import { ConsoleSessionResponse, DeviceHeaders, LoginBody, MeResponse, RegisterAccepted, RegisterBody, SessionResponse, StepUpBody } from './users.schemas';
import { login, logout, register, sessionTtlHours, stepUpWithPassword } from './users.service';
import { toUserResponse } from './users.repository';
import { describeMe } from './account-settings.service';

const deviceIdOf = (header: (name: string) => string | undefined) => parseInput(DeviceHeaders, { 'X-Device-Id': header('x-device-id') }, 'header')['X-Device-Id'];

// Both ways of signing in (app token, console cookie) share the per-address and per-account budgets and the lockout.
const SIGN_IN_LIMITS: RateLimitRule[] = [
  { budget: 'auth_ip', per: 'ip' },
  { budget: 'auth_account', per: 'email' },
];
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
    summary: 'Sign in with email and password (optional X-Device-Id header as at registration)',
    body: LoginBody,
    rateLimit: SIGN_IN_LIMITS,
    responses: {
      200: { description: 'Signed in', schema: SessionResponse },
      ...SIGN_IN_REFUSALS,
    },
    handler: async ({ ctx, body, header, ip }) => {
      const session = await login(ctx, { email: body.email, password: body.password, ip, userAgent: header('user-agent'), deviceId: deviceIdOf(header) });
      return { status: 200, body: { user: toUserResponse(session.user), token: session.token } };
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
      'from the same origin. The token is never in the body. Sessions last CONSOLE_SESSION_TTL_HOURS.',
    body: LoginBody,
    rateLimit: SIGN_IN_LIMITS,
    responses: {
      200: { description: 'Signed in; the cookies are set', schema: ConsoleSessionResponse },
      ...SIGN_IN_REFUSALS,
      403: { description: 'Not a staff account (not_staff), suspended, or a cross-site request (csrf_failed)' },
    },
    handler: async ({ ctx, body, header, ip, secure }) => {
      const session = await login(ctx, { email: body.email, password: body.password, ip, userAgent: header('user-agent'), deviceId: deviceIdOf(header), kind: 'console' });
      const cookies = sessionCookies(session.token, sessionTtlHours(ctx, 'console') * 3600, secure);
      return { status: 200, body: { user: toUserResponse(session.user) }, headers: { 'Set-Cookie': cookies } };
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
    method: 'post',
    path: '/v1/auth/step-up',
    operationId: 'stepUp',
    tag: 'auth',
    access: 'user',
    summary: `Prove it is you again on this session, before a sensitive change (payouts, payout details, email, two-step verification, deleting the account): it holds for STEP_UP_MINUTES (10 by default)`,
    body: StepUpBody,
    rateLimit: [
      { budget: 'code_ip', per: 'ip' },
      { budget: 'auth_account', per: 'user' },
    ],
    responses: {
      204: { description: 'Stepped up' },
      401: { description: 'Wrong password (`invalid_credentials`)' },
    },
    handler: async ({ ctx, user, token, body }) => {
      await stepUpWithPassword(ctx, user, token, body.password);
      return { status: 204 };
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
