import type { Kysely } from 'kysely';
import type { AuthUser } from '../auth-user';
import type { DB } from '../db/schema';
import { hashToken, resolveSession } from '../modules/marketplace/users';
import { AppError } from './errors';
import type { SessionCache } from './session-cache';
import { sessionCookie } from './session-cookies';

const unauthenticated = () => new AppError(401, 'unauthenticated', 'A valid bearer token or console session is required');

/** What reading credentials needs of a request: an Express request, or an upgrade's headers (realtime.ts). */
export interface CredentialSource {
  get(name: string): string | undefined;
  secure: boolean;
}

export function bearerToken(req: CredentialSource): string | undefined {
  const header = req.get('authorization');
  const match = header ? /^Bearer ([A-Za-z0-9_\-.~+/]{16,512}=*)$/.exec(header) : null;
  return match?.[1];
}

/**
 * The session token a request presents: the Authorization header (apps) wins over the session
 * cookie (the console); only the cookie is ambient, so only it needs CSRF checks (csrf.ts).
 */
export function credential(req: CredentialSource): { token: string; via: 'bearer' | 'cookie' } | undefined {
  const bearer = bearerToken(req);
  if (bearer) return { token: bearer, via: 'bearer' };
  const cookie = sessionCookie(req);
  return cookie ? { token: cookie, via: 'cookie' } : undefined;
}

/**
 * Resolves the caller and the session token they presented from an unexpired, unrevoked session
 * (briefly cached, see session-cache.ts); any doubt is a 401.
 */
export async function authenticate(db: Kysely<DB>, sessions: SessionCache, req: CredentialSource, now: Date): Promise<{ user: AuthUser; token: string }> {
  const token = credential(req)?.token;
  if (!token) throw unauthenticated();
  const tokenHash = hashToken(token);
  const cached = sessions.get(tokenHash, now);
  if (cached) return { user: cached, token };
  const revision = sessions.revision();
  const session = await resolveSession(db, tokenHash, now);
  if (!session) throw unauthenticated();
  sessions.set(tokenHash, session.user, session.validUntil, revision);
  return { user: session.user, token };
}
