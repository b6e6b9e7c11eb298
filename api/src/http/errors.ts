import type { FieldError } from '../errors';

/** A failure of the HTTP exchange itself (validation, authentication, rate limits): a stable `code`, its status, a human `detail`. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors?: FieldError[],
    /** Sent with the problem (e.g. Retry-After on a 429 or 503). */
    readonly headers?: Record<string, string>,
  ) {
    super(detail);
    this.name = 'AppError';
  }
}
