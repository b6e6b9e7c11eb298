import { route } from '../../../http/route';
import { clearedSessionCookies } from '../../../http/session-cookies';
import { listSecurityEvents } from '../security-events';
import { Accepted, ChangeEmailBody, ChangePasswordBody, SecurityEventListResponse, SessionIdParams, SessionListResponse, UpdateMeBody } from './account.schemas';
import { changePassword, requestEmailChange, updateMe } from './account-settings.service';
import { MeResponse } from './users.schemas';
import { listSessions, revokeSession, signOutEverywhere } from './sessions.service';

const SECURITY_EVENTS_SHOWN = 50;

export const accountSettingsRoutes = [
  route({
    method: 'patch',
    path: '/v1/me',
    operationId: 'updateMe',
    tag: 'auth',
    access: 'user',
    summary: 'Change your display name or the language we mail you in',
    body: UpdateMeBody,
    rateLimit: [{ budget: 'auth_account', per: 'user' }],
    responses: { 200: { description: 'The account, as GET /v1/me shows it', schema: MeResponse } },
    handler: async ({ ctx, user, body }) => ({ status: 200, body: await updateMe(ctx, user.id, body) }),
  }),
  route({
    method: 'post',
    path: '/v1/me/password',
    operationId: 'changePassword',
    tag: 'auth',
    access: 'user',
    summary: 'Change your password (the current one is required; the registration policy applies to the new one). Every other session is signed out.',
    body: ChangePasswordBody,
    rateLimit: [{ budget: 'auth_account', per: 'user' }],
    responses: {
      204: { description: 'Changed; this session stays, the others end' },
      401: { description: 'The current password is wrong (`invalid_credentials`)' },
      422: { description: 'The new password is refused by the policy (`weak_password`, field `new_password`)' },
      503: { description: 'Too many password hashes in progress; retry after Retry-After' },
    },
    handler: async ({ ctx, user, token, body, ip, header }) => {
      await changePassword(ctx, user.id, token, body, { ip, userAgent: header('user-agent') });
      return { status: 204 };
    },
  }),
  route({
    method: 'post',
    path: '/v1/me/email',
    operationId: 'changeEmail',
    tag: 'auth',
    access: 'user',
    summary:
      'Move the account to a new address (needs step-up, POST /v1/auth/step-up): a link is mailed to the new address, and the account moves when ' +
      'it is followed (POST /v1/auth/verify-email); the current address is told of the request. The answer is the same whether or not the new ' +
      'address already has an account.',
    body: ChangeEmailBody,
    rateLimit: [{ budget: 'mail', per: 'user' }],
    responses: {
      202: { description: 'Accepted', schema: Accepted },
      403: { description: 'Not stepped up within STEP_UP_MINUTES (`step_up_required`)' },
      422: { description: 'That is already the account’s address (`same_email`)' },
    },
    handler: async ({ ctx, user, token, body }) => {
      await requestEmailChange(ctx, user, token, body.email);
      return { status: 202, body: { status: 'accepted', detail: 'If this address can be used, a confirmation link is on its way to it.' } };
    },
  }),
  route({
    method: 'get',
    path: '/v1/me/sessions',
    operationId: 'listMySessions',
    tag: 'auth',
    access: 'user',
    summary: 'Your signed-in sessions: device, network, when opened and last used',
    responses: { 200: { description: 'Most recently used first', schema: SessionListResponse } },
    handler: async ({ ctx, user, token }) => {
      const sessions = await listSessions(ctx, user.id, token);
      return {
        status: 200,
        body: {
          data: sessions.map((s) => ({
            id: s.id,
            kind: s.kind,
            device: s.user_agent,
            network: s.network,
            created_at: s.created_at.toISOString(),
            last_seen_at: s.last_seen_at.toISOString(),
            current: s.current,
          })),
        },
      };
    },
  }),
  route({
    method: 'delete',
    path: '/v1/me/sessions/:id',
    operationId: 'revokeMySession',
    tag: 'auth',
    access: 'user',
    summary: 'Sign one of your sessions out (this one too: the console cookies are then deleted)',
    params: SessionIdParams,
    rateLimit: [{ budget: 'auth_account', per: 'user' }],
    responses: {
      204: { description: 'Signed out' },
      404: { description: 'No such live session of yours' },
    },
    handler: async ({ ctx, user, token, params, secure }) => {
      const { current } = await revokeSession(ctx, user.id, token, params.id);
      return { status: 204, headers: current ? { 'Set-Cookie': clearedSessionCookies(secure) } : undefined };
    },
  }),
  route({
    method: 'delete',
    path: '/v1/me/sessions',
    operationId: 'signOutEverywhere',
    tag: 'auth',
    access: 'user',
    summary: 'Sign out everywhere: every session of the account ends, this one included; you are alerted by mail',
    rateLimit: [{ budget: 'auth_account', per: 'user' }],
    responses: { 204: { description: 'Every session signed out' } },
    handler: async ({ ctx, user, ip, header, secure }) => {
      await signOutEverywhere(ctx, user.id, { ip, userAgent: header('user-agent') });
      return { status: 204, headers: { 'Set-Cookie': clearedSessionCookies(secure) } };
    },
  }),
  route({
    method: 'get',
    path: '/v1/me/security-events',
    operationId: 'listMySecurityEvents',
    tag: 'auth',
    access: 'user',
    summary: `Your latest ${SECURITY_EVENTS_SHOWN} security events (sign-ins from new devices, password and email changes, sign-outs everywhere…), newest first`,
    responses: { 200: { description: 'Newest first', schema: SecurityEventListResponse } },
    handler: async ({ ctx, user }) => {
      const events = await listSecurityEvents(ctx.db, user.id, SECURITY_EVENTS_SHOWN);
      return {
        status: 200,
        body: { data: events.map((e) => ({ id: e.id, kind: e.kind, created_at: e.created_at.toISOString(), device: e.user_agent, network: e.network })) },
      };
    },
  }),
];
