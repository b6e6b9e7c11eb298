import type { Request, RequestHandler } from 'express';
import { credential } from './auth';
import { AppError } from './errors';
import { CONSOLE_SECOND_STEP_PATH, CONSOLE_SESSION_PATH, CSRF_HEADER, csrfHeaderMatches } from './session-cookies';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const csrfFailed = (header: string, detail: string) => new AppError(403, 'csrf_failed', detail, [{ field: `header.${header}`, message: detail }]);

/** The header by which a browser says the request comes from another origin (Fetch Metadata, Origin), if any. */
function crossOriginBy(req: Request): string | undefined {
  const site = req.get('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') return 'Sec-Fetch-Site';
  const origin = req.get('origin');
  return origin !== undefined && origin !== `${req.protocol}://${req.host}` ? 'Origin' : undefined;
}

/**
 * Unsafe requests riding on the session cookie must come from our own origin and echo the session's
 * CSRF token (session-cookies.ts); opening a console session must come from our own origin (no login
 * CSRF). Requests with a bearer token carry no ambient credential and pass untouched.
 */
export function csrfGuard(): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    // As Express routes it: case-insensitive, trailing slash optional.
    const path = req.path.toLowerCase().replace(/\/+$/, '');
    const opensSession = path === CONSOLE_SESSION_PATH || path === CONSOLE_SECOND_STEP_PATH;
    const presented = credential(req);
    const cookie = presented?.via === 'cookie' ? presented.token : undefined;
    if (!cookie && !opensSession) return next();
    const crossOrigin = crossOriginBy(req);
    if (crossOrigin) throw csrfFailed(crossOrigin, 'Requests from another origin may not use or open a console session');
    // Signing in does not use the old session, so a stale cookie must not stand in its way.
    if (cookie && !opensSession && !csrfHeaderMatches(req, cookie)) {
      throw csrfFailed(CSRF_HEADER, `A valid ${CSRF_HEADER} header is required with the session cookie`);
    }
    next();
  };
}
