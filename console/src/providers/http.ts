import type { HttpError } from "@refinedev/core";
import type { Problem } from "../types";

/** Same origin as the console: the API serves /console/ and /v1/. */
export const API_PREFIX = "/v1";

const TOKEN_KEY = "agora.console.token";

export const tokenStore = {
  get(): string | null {
    try {
      return localStorage.getItem(TOKEN_KEY);
    } catch {
      return null;
    }
  },
  set(token: string): void {
    localStorage.setItem(TOKEN_KEY, token);
  },
  clear(): void {
    try {
      localStorage.removeItem(TOKEN_KEY);
    } catch {
      /* storage unavailable: nothing to clear */
    }
  },
};

/** Refine's HttpError enriched with the problem+json fields of our API. */
export type ApiError = HttpError & {
  code?: string;
  problem?: Problem;
};

export function isApiError(e: unknown): e is ApiError {
  return typeof e === "object" && e !== null && "statusCode" in e && "message" in e;
}

function problemToError(status: number, problem: Problem | undefined, statusText: string): ApiError {
  const message =
    problem?.detail ?? problem?.title ?? (statusText ? `${status} ${statusText}` : `Request failed (${status})`);
  const error: ApiError = { message, statusCode: status, code: problem?.code, problem };
  if (problem?.errors?.length) {
    const errors: Record<string, string> = {};
    for (const e of problem.errors) errors[e.field] = e.message;
    error.errors = errors;
  }
  return error;
}

export type ApiRequest = {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Use this bearer token instead of the stored one (login hand-shake). */
  token?: string | null;
  signal?: AbortSignal;
};

export function buildUrl(path: string, query?: ApiRequest["query"]): string {
  const url = path.startsWith("/") ? path : `${API_PREFIX}/${path}`;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === "") continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${url}?${qs}` : url;
}

/**
 * fetch() against the API: adds the bearer token, sends/parses JSON, and turns any
 * non-2xx answer into an ApiError whose `message` is the problem's `detail`.
 */
export async function apiFetch<T>(path: string, req: ApiRequest = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json, application/problem+json", ...req.headers };
  const token = req.token === undefined ? tokenStore.get() : req.token;
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  } else if (req.token === undefined) {
    // Signed out (e.g. a refetch racing a logout): do not send an anonymous request the API will 401.
    const err: ApiError = { message: "You are signed out.", statusCode: 401 };
    throw err;
  }
  let body: string | undefined;
  if (req.body !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(req.body);
  }

  let res: Response;
  try {
    res = await fetch(buildUrl(path, req.query), {
      method: req.method ?? "GET",
      headers,
      body,
      signal: req.signal,
      credentials: "same-origin",
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    const err: ApiError = { message: "Cannot reach the Agora API. Check your connection and retry.", statusCode: 0 };
    throw err;
  }

  const type = res.headers.get("content-type") ?? "";
  const isJson = type.includes("json");
  if (!res.ok) {
    let problem: Problem | undefined;
    if (isJson) {
      try {
        problem = (await res.json()) as Problem;
      } catch {
        problem = undefined;
      }
    }
    throw problemToError(res.status, problem, res.statusText);
  }
  if (res.status === 204 || !isJson) return undefined as T;
  return (await res.json()) as T;
}

/** A binary resource of the API (an evidence file) with the stored token, as a Blob. */
export async function apiFetchBlob(path: string): Promise<Blob> {
  const token = tokenStore.get();
  let res: Response;
  try {
    res = await fetch(buildUrl(path), { headers: token ? { Authorization: `Bearer ${token}` } : {}, credentials: "same-origin" });
  } catch {
    const err: ApiError = { message: "Cannot reach the Agora API. Check your connection and retry.", statusCode: 0 };
    throw err;
  }
  if (!res.ok) {
    const problem = (res.headers.get("content-type") ?? "").includes("json") ? ((await res.json().catch(() => undefined)) as Problem | undefined) : undefined;
    throw problemToError(res.status, problem, res.statusText);
  }
  return res.blob();
}
