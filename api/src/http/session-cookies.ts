import { createHmac, timingSafeEqual } from 'node:crypto';
import { parse, serialize } from 'cookie';
import type { Request } from 'express';

// The console's session lives in cookies, not in script-readable storage: `agora_session` holds the
// session token (HttpOnly: no script reads it); `agora_csrf` holds a value derived from it that the
// console's script echoes in X-CSRF-Token on unsafe requests (see csrf.ts). Both SameSite=Strict.

/** The route that opens a cookie session (login for the console). */
export const CONSOLE_SESSION_PATH = '/v1/auth/console-session';
/** The second step of a console sign-in with two-step verification: it opens the session too. */
export const CONSOLE_SECOND_STEP_PATH = `${CONSOLE_SESSION_PATH}/2fa`;
export const CSRF_HEADER = 'X-CSRF-Token';

const SESSION = 'agora_session';
const CSRF = 'agora_csrf';
const TOKEN = /^[A-Za-z0-9_\-.~+/]{16,512}=*$/;

/**
 * Over TLS the names take the __Host- prefix: browsers then accept the cookie only if Secure,
 * Path=/ and host-only, so neither a plain-HTTP response nor a sibling subdomain can plant one.
 */
const cookieName = (base: string, secure: boolean) => (secure ? `__Host-${base}` : base);

function cookie(name: string, value: string, maxAgeSeconds: number, secure: boolean, httpOnly: boolean): string {
  return serialize(name, value, { path: '/', maxAge: maxAgeSeconds, sameSite: 'strict', httpOnly, secure });
}

/** The session token from the request's session cookie, if well-formed. */
export function sessionCookie(req: Pick<Request, 'secure'> & { get(name: string): string | undefined }): string | undefined {
  const value = parse(req.get('cookie') ?? '')[cookieName(SESSION, req.secure)];
  return value && TOKEN.test(value) ? value : undefined;
}

/**
 * The CSRF token of a session: an HMAC keyed by the session token, so only a holder of the session
 * can know it (it cannot be planted), and it reveals nothing of the token to the script reading it.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('agora-csrf-v1').digest('base64url');
}

export function csrfHeaderMatches(req: Request, sessionToken: string): boolean {
  const given = Buffer.from(req.get(CSRF_HEADER) ?? '');
  const expected = Buffer.from(csrfTokenFor(sessionToken));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Set-Cookie values opening a console session that lives `maxAgeSeconds`. */
export function sessionCookies(token: string, maxAgeSeconds: number, secure: boolean): string[] {
  return [
    cookie(cookieName(SESSION, secure), token, maxAgeSeconds, secure, true),
    // Readable by the console's script, which sends it back as the CSRF header.
    cookie(cookieName(CSRF, secure), csrfTokenFor(token), maxAgeSeconds, secure, false),
  ];
}

/** Set-Cookie values deleting both cookies (at logout). */
export function clearedSessionCookies(secure: boolean): string[] {
  return [cookie(cookieName(SESSION, secure), '', 0, secure, true), cookie(cookieName(CSRF, secure), '', 0, secure, false)];
}
