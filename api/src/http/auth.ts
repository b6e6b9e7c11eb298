import type { Request } from 'express';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema';
import { hashToken } from '../modules/marketplace/users';
import { AppError } from './errors';
import type { SessionCache } from './session-cache';
import { sessionCookie } from './session-cookies';

export interface AuthUser {
  id: string;
  email: string;
  display_name: string;
  roles: string[];
  created_at: Date;
}

const IDLE_TOUCH_MS = 60_000;

const unauthenticated = () => new AppError(401, 'unauthenticated', 'A valid bearer token or console session is required');

export function bearerToken(req: Request): string | undefined {
  const header = req.get('authorization');
  const match = header ? /^Bearer ([A-Za-z0-9_\-.~+/]{16,512}=*)$/.exec(header) : null;
  return match?.[1];
}

/**
 * The session token a request presents: the Authorization header (apps) wins over the session
 * cookie (the console); only the cookie is ambient, so only it needs CSRF checks (csrf.ts).
 */
export function credential(req: Request): { token: string; via: 'bearer' | 'cookie' } | undefined {
  const bearer = bearerToken(req);
  if (bearer) return { token: bearer, via: 'bearer' };
  const cookie = sessionCookie(req);
  return cookie ? { token: cookie, via: 'cookie' } : undefined;
}

/**
 * Resolves the caller and the session token they presented from an unexpired, unrevoked session
 * (briefly cached, see session-cache.ts); any doubt is a 401.
 */
export async function authenticate(db: Kysely<DB>, sessions: SessionCache, req: Request, now: Date): Promise<{ user: AuthUser; token: string }> {
  const token = credential(req)?.token;
  if (!token) throw unauthenticated();
  const tokenHash = hashToken(token);
  const cached = sessions.get(tokenHash, now);
  if (cached) return { user: cached, token };
  const revision = sessions.revision();
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.email', 'users.display_name', 'users.roles', 'users.created_at', 'sessions.expires_at', 'sessions.idle_seconds', 'sessions.last_seen_at'])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', now)
    .where((eb) => eb.or([eb('sessions.idle_seconds', 'is', null), eb(sql<Date>`sessions.last_seen_at + sessions.idle_seconds * interval '1 second'`, '>', now)]))
    // Suspension revokes sessions; this also covers a login that raced the suspension.
    .where('users.suspended_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw unauthenticated();
  const { expires_at: expiresAt, idle_seconds: idleSeconds, last_seen_at: lastSeenAt, ...user } = row;
  let validUntil = expiresAt;
  if (idleSeconds !== null) {
    // In use: the idle limit moves forward, written at most once a minute per session.
    const seenAt = now.getTime() - lastSeenAt.getTime() >= IDLE_TOUCH_MS ? now : lastSeenAt;
    if (seenAt === now) await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
    validUntil = new Date(Math.min(expiresAt.getTime(), seenAt.getTime() + idleSeconds * 1000));
  }
  sessions.set(tokenHash, user, validUntil, revision);
  return { user, token };
}
