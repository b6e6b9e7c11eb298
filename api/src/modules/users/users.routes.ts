import { z } from 'zod';
import { route } from '../../http/route';
import { permissionsOf } from '../staff';
import { parseInput } from '../../http/validate';
import { DeviceHeaders, LoginBody, RegisterBody, SessionResponse, UserResponse } from './users.schemas';
import { login, logout, register } from './users.service';
import { findIdentityVerifiedAt, toUserResponse } from './users.repository';

const deviceIdOf = (header: (name: string) => string | undefined) => parseInput(DeviceHeaders, { 'X-Device-Id': header('x-device-id') }, 'header')['X-Device-Id'];

export const usersRoutes = [
  route({
    method: 'post', path: '/v1/auth/register', tag: 'auth', access: 'public', summary: 'Create an account and sign in (an optional X-Device-Id header is stored hashed, to spot accounts sharing a device)',
    body: RegisterBody,
    rateLimit: [{ budget: 'register_ip', per: 'ip' }],
    responses: {
      201: { description: 'Account created', schema: SessionResponse },
      409: { description: 'Email already registered' },
      503: { description: 'Too many password hashes in progress; retry after Retry-After' },
    },
    handler: async ({ ctx, body, header }) => {
      const session = await register(ctx, body, deviceIdOf(header));
      return { status: 201, body: { user: toUserResponse(session.user), token: session.token } };
    },
  }),
  route({
    method: 'post', path: '/v1/auth/login', tag: 'auth', access: 'public', summary: 'Sign in with email and password (optional X-Device-Id header as at registration)',
    body: LoginBody,
    rateLimit: [{ budget: 'auth_ip', per: 'ip' }, { budget: 'auth_account', per: 'email' }],
    responses: {
      200: { description: 'Signed in', schema: SessionResponse },
      401: { description: 'Wrong email or password' },
      429: { description: 'Too many attempts (`rate_limited`), or the account is locked after failed sign-ins (`account_locked`, even for the right password); see Retry-After' },
      503: { description: 'Too many password hashes in progress; retry after Retry-After' },
    },
    handler: async ({ ctx, body, header, ip }) => {
      const session = await login(ctx, { email: body.email, password: body.password, ip, deviceId: deviceIdOf(header) });
      return { status: 200, body: { user: toUserResponse(session.user), token: session.token } };
    },
  }),
  route({
    method: 'post', path: '/v1/auth/logout', tag: 'auth', access: 'user', summary: 'Revoke the current token',
    rateLimit: [{ budget: 'auth_ip', per: 'ip' }, { budget: 'auth_account', per: 'user' }],
    responses: { 204: { description: 'Token revoked' } },
    handler: async ({ ctx, token }) => {
      await logout(ctx, token);
      return { status: 204 };
    },
  }),
  route({
    method: 'get', path: '/v1/me', tag: 'auth', access: 'user', summary: 'The signed-in user, with staff permissions',
    responses: {
      200: { description: 'The caller', schema: UserResponse.extend({ permissions: z.array(z.string()), identity_verified_at: z.iso.datetime().nullable() }) },
    },
    handler: async ({ ctx, user }) => {
      // Read fresh, not from the (cached) session: a review may have verified the user a moment ago.
      const verifiedAt = await findIdentityVerifiedAt(ctx.db, user.id);
      return { status: 200, body: { ...toUserResponse(user), permissions: permissionsOf(user.roles), identity_verified_at: verifiedAt?.toISOString() ?? null } };
    },
  }),
];
