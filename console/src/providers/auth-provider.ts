import type { AuthProvider } from "@refinedev/core";
import { STAFF_ROLES, type Me, type User } from "../types";
import { apiFetch, isApiError, tokenStore } from "./http";
import { forgetCachedData } from "./query-client";

export const NOT_STAFF_MESSAGE = "This is not a staff account: the console is for admins, moderators, arbitrators and analysts.";

export function isStaff(user: Pick<User, "roles"> | null | undefined): boolean {
  return !!user && Array.isArray(user.roles) && user.roles.some((r) => (STAFF_ROLES as readonly string[]).includes(r));
}

type LoginResponse = { user: User; token: string };

/** What Refine's header shows (`name`, `avatar`) plus the API's user. */
export type Identity = Me & { name: string };

async function revoke(token: string): Promise<void> {
  try {
    await apiFetch<void>("/v1/auth/logout", { method: "POST", token });
  } catch {
    /* best effort: the token may already be invalid */
  }
}

// check(), getIdentity() and getPermissions() all want /v1/admin/me, often in the same tick:
// share one request per token for a few seconds.
const ME_TTL_MS = 5_000;
let meCache: { token: string; at: number; promise: Promise<Me> } | null = null;

export function fetchMe(): Promise<Me> {
  const token = tokenStore.get();
  if (token && meCache && meCache.token === token && Date.now() - meCache.at < ME_TTL_MS) return meCache.promise;
  const promise = apiFetch<Me>("/v1/admin/me");
  if (token) {
    meCache = { token, at: Date.now(), promise };
    promise.catch(() => {
      if (meCache?.promise === promise) meCache = null;
    });
  }
  return promise;
}

export const authProvider: AuthProvider = {
  login: async ({ email, password }: { email: string; password: string }) => {
    try {
      const { user, token } = await apiFetch<LoginResponse>("/v1/auth/login", {
        method: "POST",
        body: { email, password },
        token: null,
      });
      if (!isStaff(user)) {
        // Do not keep a session the console cannot use.
        await revoke(token);
        tokenStore.clear();
        return { success: false, error: { name: "Not a staff account", message: NOT_STAFF_MESSAGE } };
      }
      forgetCachedData(); // nothing of a previous session may show
      tokenStore.set(token);
      return { success: true, redirectTo: "/" };
    } catch (e) {
      const message = isApiError(e) ? e.message : "Sign-in failed.";
      const name = isApiError(e) && e.statusCode === 401 ? "Invalid credentials" : "Sign-in failed";
      return { success: false, error: { name, message } };
    }
  },

  logout: async () => {
    meCache = null;
    const token = tokenStore.get();
    tokenStore.clear();
    forgetCachedData();
    if (token) await revoke(token);
    return { success: true, redirectTo: "/login" };
  },

  check: async () => {
    if (!tokenStore.get()) return { authenticated: false, logout: true, redirectTo: "/login" };
    try {
      const me = await fetchMe();
      if (!isStaff(me)) {
        tokenStore.clear();
        return {
          authenticated: false,
          logout: true,
          redirectTo: "/login",
          error: { name: "Not a staff account", message: NOT_STAFF_MESSAGE },
        };
      }
      return { authenticated: true };
    } catch (e) {
      if (isApiError(e) && (e.statusCode === 401 || e.statusCode === 403)) {
        tokenStore.clear();
        return { authenticated: false, logout: true, redirectTo: "/login" };
      }
      // API unreachable or 5xx: keep the token, but do not let the user in.
      return {
        authenticated: false,
        redirectTo: "/login",
        error: { name: "API unavailable", message: isApiError(e) ? e.message : String(e) },
      };
    }
  },

  onError: async (error: unknown) => {
    if (isApiError(error) && error.statusCode === 401) {
      meCache = null;
      tokenStore.clear();
      return { logout: true, redirectTo: "/login", error: { name: "Session expired", message: "Please sign in again." } };
    }
    // 403 and everything else: stay signed in; the failing hook shows the problem's detail.
    return {};
  },

  getIdentity: async (): Promise<Identity | null> => {
    if (!tokenStore.get()) return null;
    try {
      const me = await fetchMe();
      return { ...me, name: me.display_name || me.email };
    } catch {
      return null;
    }
  },

  /** The API's permission names (`fraud_cases.decide`, ...), from /v1/admin/me. */
  getPermissions: async () => {
    if (!tokenStore.get()) return [];
    try {
      return (await fetchMe()).permissions;
    } catch {
      return [];
    }
  },
};
