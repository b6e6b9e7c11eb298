/** A failure the client can act on: a stable `code`, the HTTP status it maps to, a human `detail`. */
export interface FieldError {
  field: string;
  message: string;
}

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

export const notFound = (what: string) => new AppError(404, 'not_found', `${what} not found`);
export const forbidden = (detail = 'You are not allowed to do this') => new AppError(403, 'forbidden', detail);
export const conflict = (code: string, detail: string) => new AppError(409, code, detail);
export const unprocessable = (code: string, detail: string, field?: string) =>
  new AppError(422, code, detail, field ? [{ field, message: detail }] : undefined);
