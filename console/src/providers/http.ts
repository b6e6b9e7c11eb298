import type { HttpError } from '@refinedev/core';
import type { Problem } from '../types';

/** Same origin as the console: the API serves /console/ and /v1/. */
export const API_PREFIX = '/v1';

/**
 * The session is an HttpOnly cookie the browser sends by itself; no script here can read it. What
 * the script can read is the session's CSRF token (the `agora_csrf` cookie, `__Host-` prefixed over
 * HTTPS), which the API wants back in a header on every request that changes something.
 */
function csrfToken(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === 'agora_csrf' || name === '__Host-agora_csrf') return value.join('=');
  }
  return undefined;
}

/** Refine's HttpError enriched with the problem+json fields of our API. */
export type ApiError = HttpError & {
  code?: string;
  problem?: Problem;
};

export function isApiError(e: unknown): e is ApiError {
  return typeof e === 'object' && e !== null && 'statusCode' in e && 'message' in e;
}

function problemToError(status: number, problem: Problem | undefined, statusText: string): ApiError {
  const message = problem?.detail ?? problem?.title ?? (statusText ? `${status} ${statusText}` : `Request failed (${status})`);
  const error: ApiError = { message, statusCode: status, code: problem?.code, problem };
  if (problem?.errors?.length) {
    const errors: Record<string, string> = {};
    for (const e of problem.errors) errors[e.field] = e.message;
    error.errors = errors;
  }
  return error;
}

export type ApiRequest = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
};

export function buildUrl(path: string, query?: ApiRequest['query']): string {
  const url = path.startsWith('/') ? path : `${API_PREFIX}/${path}`;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${url}?${qs}` : url;
}

/**
 * fetch() against the API with the session cookie (and the CSRF header on unsafe methods): sends and
 * parses JSON, and turns any non-2xx answer into an ApiError whose `message` is the problem's `detail`.
 */
export async function apiFetch<T>(path: string, req: ApiRequest = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...req.headers };
  const method = req.method ?? 'GET';
  const csrf = method === 'GET' ? undefined : csrfToken();
  if (csrf) headers['X-CSRF-Token'] = csrf;
  let body: string | undefined;
  if (req.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(req.body);
  }

  let res: Response;
  try {
    res = await fetch(buildUrl(path, req.query), {
      method,
      headers,
      body,
      signal: req.signal,
      credentials: 'same-origin',
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    const err: ApiError = { message: 'Cannot reach the Agora API. Check your connection and retry.', statusCode: 0 };
    throw err;
  }

  const type = res.headers.get('content-type') ?? '';
  const isJson = type.includes('json');
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

/** A binary resource of the API (an evidence file), fetched with the session cookie, as a Blob. */
export async function apiFetchBlob(path: string): Promise<Blob> {
  let res: Response;
  try {
    res = await fetch(buildUrl(path), { credentials: 'same-origin' });
  } catch {
    const err: ApiError = { message: 'Cannot reach the Agora API. Check your connection and retry.', statusCode: 0 };
    throw err;
  }
  if (!res.ok) {
    const problem = (res.headers.get('content-type') ?? '').includes('json') ? ((await res.json().catch(() => undefined)) as Problem | undefined) : undefined;
    throw problemToError(res.status, problem, res.statusText);
  }
  return res.blob();
}
