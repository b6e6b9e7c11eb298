import type { AuthProvider } from '@refinedev/core';
import { STAFF_ROLES, type Me, type User } from '../types';
import { apiFetch, isApiError } from './http';
import { forgetCachedData } from './query-client';

export const NOT_STAFF_MESSAGE = 'This is not a staff account: the console is for admins, moderators, arbitrators and analysts.';

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

export const authProvider: AuthProvider = {
  // The API sets the session cookies (HttpOnly) and refuses non-staff accounts itself.
  login: async ({ email, password }: { email: string; password: string }) => {
    try {
      await apiFetch<{ user: User }>('/v1/auth/console-session', { method: 'POST', body: { email, password } });
      meCache = null;
      forgetCachedData(); // nothing of a previous session may show
      return { success: true, redirectTo: '/' };
    } catch (e) {
      if (isApiError(e) && e.code === 'not_staff') return { success: false, error: { name: 'Not a staff account', message: NOT_STAFF_MESSAGE } };
      const message = isApiError(e) ? e.message : 'Sign-in failed.';
      const name = isApiError(e) && e.statusCode === 401 ? 'Invalid credentials' : 'Sign-in failed';
      return { success: false, error: { name, message } };
    }
  },

  logout: async () => {
    meCache = null;
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
