import type { AuthProvider } from '@refinedev/core';
import { STAFF_ROLES, type Me, type TwoFactorChallenge, type User } from '../types';
import { apiFetch, isApiError } from './http';
import { forgetCachedData } from './query-client';

export const NOT_STAFF_MESSAGE = 'This is not a staff account: the console is for admins, moderators, arbitrators and analysts.';

/** Where staff turn on two-step verification; the API sends them there (two_factor_enrolment_required) until they have. */
export const TWO_FACTOR_PATH = '/two-factor';
const mustEnrol = (e: unknown) => isApiError(e) && e.code === 'two_factor_enrolment_required';

/** The sign-in form: the password first, then, with two-step verification on, the challenge and a code or a recovery code. */
export type LoginParams = { email: string; password: string } | { challenge: string; code?: string; recovery_code?: string };

/** login()'s answer when the password was right and a code is owed: the page asks for it. */
export const SECOND_STEP = 'Two-step verification';

export function isStaff(user: Pick<User, 'roles'> | null | undefined): boolean {
  return !!user && Array.isArray(user.roles) && user.roles.some((r) => (STAFF_ROLES as readonly string[]).includes(r));
}

/** What Refine's header shows (`name`, `avatar`) plus the API's user. */
export type Identity = Me & { name: string };

// check(), getIdentity() and getPermissions() all want /v1/admin/me, often in the same tick:
// share one request for a few seconds (forgotten at sign-in and sign-out).
const ME_TTL_MS = 5_000;
let meCache: { at: number; promise: Promise<Me> } | null = null;

export function fetchMe(): Promise<Me> {
  if (meCache && Date.now() - meCache.at < ME_TTL_MS) return meCache.promise;
  const promise = apiFetch<Me>('/v1/admin/me');
  meCache = { at: Date.now(), promise };
  promise.catch(() => {
    if (meCache?.promise === promise) meCache = null;
  });
  return promise;
}

/** After a change the API's answer depends on (two-step verification turned on), ask again. */
export function forgetMe(): void {
  meCache = null;
}

export const authProvider: AuthProvider = {
  // The API sets the session cookies (HttpOnly) and refuses non-staff accounts itself.
  login: async (params: LoginParams) => {
    try {
      const secondStep = 'challenge' in params;
      const answer = await apiFetch<{ user: User } | TwoFactorChallenge>(secondStep ? '/v1/auth/console-session/2fa' : '/v1/auth/console-session', {
        method: 'POST',
        body: params,
      });
      if ('two_factor_required' in answer) {
        return { success: false, challenge: answer.challenge, error: { name: SECOND_STEP, message: 'Enter the 6-digit code from your authenticator app.' } };
      }
      meCache = null;
      forgetCachedData(); // nothing of a previous session may show
      // Straight to enrolment when the API requires it, rather than through a page that would bounce there.
      const mustEnrolFirst = await fetchMe().then(
        () => false,
        (e: unknown) => mustEnrol(e),
      );
      return { success: true, redirectTo: mustEnrolFirst ? TWO_FACTOR_PATH : '/' };
    } catch (e) {
      if (isApiError(e) && e.code === 'not_staff') return { success: false, error: { name: 'Not a staff account', message: NOT_STAFF_MESSAGE } };
      // A dead challenge (expired, used, too many wrong codes): back to the password.
      if (isApiError(e) && e.code === 'challenge_invalid') return { success: false, restart: true, error: { name: 'Sign in again', message: e.message } };
      const message = isApiError(e) ? e.message : 'Sign-in failed.';
      const name = isApiError(e) && e.statusCode === 401 ? 'Invalid credentials' : isApiError(e) && e.code === 'invalid_code' ? 'Wrong code' : 'Sign-in failed';
      return { success: false, error: { name, message } };
    }
  },

  logout: async () => {
    forgetMe();
    forgetCachedData();
    try {
      // Revokes the session and deletes its cookies.
      await apiFetch<void>('/v1/auth/logout', { method: 'POST' });
    } catch {
      /* best effort: the session may already be over */
    }
    return { success: true, redirectTo: '/login' };
  },

  check: async () => {
    try {
      const me = await fetchMe();
      if (!isStaff(me)) {
        return {
          authenticated: false,
          logout: true,
          redirectTo: '/login',
          error: { name: 'Not a staff account', message: NOT_STAFF_MESSAGE },
        };
      }
      return { authenticated: true };
    } catch (e) {
      // No live session: nothing to sign out of. (Signing out here would call the API and navigate once
      // more when it answers, which could remount the login page under a sign-in in progress.)
      if (isApiError(e) && e.statusCode === 401) return { authenticated: false, redirectTo: '/login' };
      if (mustEnrol(e)) return { authenticated: false, redirectTo: TWO_FACTOR_PATH };
      if (isApiError(e) && e.statusCode === 403) return { authenticated: false, logout: true, redirectTo: '/login' };
      // API unreachable or 5xx: do not let the user in, but do not sign out either.
      return {
        authenticated: false,
        redirectTo: '/login',
        error: { name: 'API unavailable', message: isApiError(e) ? e.message : String(e) },
      };
    }
  },

  onError: async (error: unknown) => {
    if (isApiError(error) && error.statusCode === 401) {
      meCache = null;
      return { logout: true, redirectTo: '/login', error: { name: 'Session expired', message: 'Please sign in again.' } };
    }
    if (mustEnrol(error)) return { redirectTo: TWO_FACTOR_PATH };
    // 403 and everything else: stay signed in; the failing hook shows the problem's detail.
    return {};
  },

  getIdentity: async (): Promise<Identity | null> => {
    try {
      const me = await fetchMe();
      return { ...me, name: me.display_name || me.email };
    } catch {
      return null;
    }
  },

  /** The API's permission names (`fraud_cases.decide`, ...), from /v1/admin/me. */
  getPermissions: async () => {
    try {
      return (await fetchMe()).permissions;
    } catch {
      return [];
    }
  },
};
