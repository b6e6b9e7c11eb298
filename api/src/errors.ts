/** A field the client should fix, with what is wrong with it. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * What went wrong, in the terms of the business; `http/problem.ts` alone turns a kind into a status.
 * `payment_declined` is the provider or the risk checks refusing a charge; `unavailable` a dependency
 * that did not answer or is saturated (the caller may retry).
 */
export type ErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'payment_declined' | 'unavailable' | 'rate_limited';

/** Where a caller stands in one budget (a rate limit or a lockout). */
export interface Quota {
  limit: number;
  remaining: number;
  /** Until the budget refills (or a lock lifts). */
  resetMs: number;
}

/** A failure the caller can act on, thrown by services and repositories: a kind, a stable `code`, a human `detail`. */
export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    readonly detail: string,
    readonly fields?: FieldError[],
    /** When retrying may succeed (sent as Retry-After). */
    readonly retryAfterSeconds?: number,
    /** For `rate_limited`: the budget that ran out (sent as RateLimit-* and Retry-After). */
    readonly quota?: Quota,
  ) {
    super(detail);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('not_found', 'not_found', `${what} not found`);
export const forbidden = (detail = 'You are not allowed to do this', code = 'forbidden') => new DomainError('forbidden', code, detail);
export const conflict = (code: string, detail: string) => new DomainError('conflict', code, detail);
export const invalid = (code: string, detail: string, field?: string) => new DomainError('invalid', code, detail, field ? [{ field, message: detail }] : undefined);
