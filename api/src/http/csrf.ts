import type { Request, RequestHandler } from 'express';
import { credential } from './auth';
import { AppError } from './errors';
import { CONSOLE_SESSION_PATH, CSRF_HEADER, csrfHeaderMatches } from './session-cookies';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const csrfFailed = (detail: string) => new AppError(403, 'csrf_failed', detail, [{ field: `header.${CSRF_HEADER}`, message: detail }]);

/** A browser's word that the request comes from another site (Fetch Metadata, else Origin). */
function crossSite(req: Request): boolean {
  const site = req.get('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') return true;
  const origin = req.get('origin');
  return origin !== undefined && origin !== `${req.protocol}://${req.host}`;
}

/**
 * Unsafe requests riding on the session cookie must come from our own origin and echo the session's
 * CSRF token (session-cookies.ts); opening a console session must come from our own origin (no login
 * CSRF). Requests with a bearer token carry no ambient credential and pass untouched.
 */
export function csrfGuard(): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const opensSession = req.path === CONSOLE_SESSION_PATH;
    const presented = credential(req);
    const cookie = presented?.via === 'cookie' ? presented.token : undefined;
    if (!cookie && !opensSession) return next();
    if (crossSite(req)) throw csrfFailed('Cross-site requests may not use or open a console session');
    // Signing in does not use the old session, so a stale cookie must not stand in its way.
    if (cookie && !opensSession && !csrfHeaderMatches(req, cookie)) throw csrfFailed(`A valid ${CSRF_HEADER} header is required with the session cookie`);
    next();
  };
}
