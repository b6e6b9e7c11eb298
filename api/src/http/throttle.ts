import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import type { Quota } from '../errors';
import { AppError } from './errors';

/** Counts one request against `limiter`; spent, a 429 `rate_limited` with Retry-After. */
export async function consume(limiter: RateLimiterAbstract, key: string): Promise<Quota> {
  try {
    const res = await limiter.consume(key);
    return { limit: limiter.points, remaining: res.remainingPoints, resetMs: res.msBeforeNext };
  } catch (err) {
    if (!(err instanceof RateLimiterRes)) throw err;
    throw tooManyRequests('rate_limited', 'Too many requests; retry after the time in Retry-After', { limit: limiter.points, remaining: 0, resetMs: err.msBeforeNext });
  }
}

/** The IETF RateLimit-* fields (draft-ietf-httpapi-ratelimit-headers): the reset in seconds from now. */
export function quotaHeaders(q: Quota): Record<string, string> {
  return { 'RateLimit-Limit': String(q.limit), 'RateLimit-Remaining': String(q.remaining), 'RateLimit-Reset': String(Math.max(0, Math.ceil(q.resetMs / 1000))) };
}

/** The quota a client runs out of first. */
export function tightest(quotas: Quota[]): Quota {
  return quotas.reduce((a, b) => (b.remaining < a.remaining || (b.remaining === a.remaining && b.resetMs > a.resetMs) ? b : a));
}

export function tooManyRequests(code: string, detail: string, q: Quota): AppError {
  return new AppError(429, code, detail, undefined, { ...quotaHeaders(q), 'Retry-After': String(Math.max(1, Math.ceil(q.resetMs / 1000))) });
}
