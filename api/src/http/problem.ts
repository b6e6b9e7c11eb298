import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isUniqueViolation } from '../db/transaction';
import { DomainError, type ErrorKind } from '../errors';
import type { Logger } from '../logger';
import { AppError } from './errors';
import { tooManyRequests } from './throttle';

const PROBLEM_TYPE = 'https://agora.dev/problems/';
const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problemBody(err: AppError, instance?: string) {
  return {
    type: `${PROBLEM_TYPE}${err.code}`,
    title: TITLES[err.status] ?? 'Error',
    status: err.status,
    detail: err.detail,
    code: err.code,
    ...(err.errors ? { errors: err.errors } : {}),
    ...(instance ? { instance } : {}),
  };
}

/** The one place a domain error's kind becomes an HTTP status. */
const STATUS: Record<ErrorKind, number> = {
  invalid: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payment_declined: 402,
  unavailable: 503,
  rate_limited: 429,
};

/** An AppError as it is, a DomainError as the problem it answers; anything else is not the client's to see. */
export function asAppError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  if (err instanceof DomainError) {
    if (err.quota) return tooManyRequests(err.code, err.detail, err.quota);
    const headers = err.retryAfterSeconds === undefined ? undefined : { 'Retry-After': String(err.retryAfterSeconds) };
    return new AppError(STATUS[err.kind], err.code, err.detail, err.fields, headers);
  }
  return undefined;
}

/** Maps domain errors and what body-parser and Postgres throw for client-caused problems onto AppErrors. */
function toAppError(err: unknown): AppError | undefined {
  const known = asAppError(err);
  if (known) return known;
  const e = err as { type?: string; status?: number; code?: string; limit?: number };
  if (e?.type === 'entity.parse.failed') return new AppError(400, 'malformed_json', 'The request body is not valid JSON', [{ field: 'body', message: 'malformed JSON' }]);
  if (e?.type === 'entity.too.large') return new AppError(413, 'payload_too_large', `The request body exceeds ${e.limit} bytes`, [{ field: 'body', message: 'too large' }]);
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') return new AppError(415, 'unsupported_encoding', 'Unsupported content encoding or charset');
  if (e?.type === 'request.aborted') return new AppError(400, 'request_aborted', 'The request was aborted');
  // Errors from Express's own layers (e.g. a static file vanishing) carry a 4xx status of their own.
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) return new AppError(e.status, 'request_error', TITLES[e.status] ?? 'Bad request');
  if (isUniqueViolation(err)) return new AppError(409, 'conflict', 'The resource changed concurrently or already exists');
  return undefined;
}

export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const appError = toAppError(err);
    if (res.headersSent) {
      // A streamed body failed midway: the response is already aborted; a client hanging up is no error.
      if (!appError && (err as { code?: string })?.code !== 'ERR_STREAM_PREMATURE_CLOSE') {
        logger.error({ err, reqId: res.locals.requestId, method: req.method, path: req.path }, 'response stream failed');
      }
      return;
    }
    if (appError) {
      for (const [name, value] of Object.entries(appError.headers ?? {})) res.setHeader(name, value);
      res.status(appError.status).type('application/problem+json').json(problemBody(appError, req.originalUrl));
      return;
    }
    // Unknown failures are logged with the request id and never echoed to the client.
    logger.error({ err, reqId: res.locals.requestId, method: req.method, path: req.path }, 'unhandled error');
    const internal = new AppError(500, 'internal_error', 'An unexpected error occurred; it has been logged');
    res.status(500).type('application/problem+json').json(problemBody(internal, req.originalUrl));
  };
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new AppError(404, 'route_not_found', `No route for ${req.method} ${req.path}`));
};
