import type { AuthUser } from '../auth-user';

// Every authenticated request used to cost a round trip for its session. This cache keeps a
// resolved session for a few seconds in this process. Staleness bound: a logout or role change made
// by this process takes effect at once (it calls `forget`/`forgetUser`); one made by another process,
// or directly in the database, takes effect within `ttlMs`. Session expiry is still checked against
// the request's clock on every hit.

export interface SessionCache {
  /** A change counter: read it before the database lookup and pass it to `set`. */
  revision(): number;
  get(tokenHash: Buffer, now: Date): AuthUser | undefined;
  /** Ignored when a `forget` ran since `revision` was read (the lookup may predate the revocation). */
  set(tokenHash: Buffer, user: AuthUser, expiresAt: Date, revision: number): void;
  forget(tokenHash: Buffer): void;
  forgetUser(userId: string): void;
}

interface Entry {
  user: AuthUser;
  expiresAt: Date;
  cachedUntil: number;
}

export function createSessionCache(ttlMs: number, maxEntries = 10_000, monotonicMs: () => number = () => performance.now()): SessionCache {
  const entries = new Map<string, Entry>();
  let revision = 0;
  return {
    revision: () => revision,
    get(tokenHash, now) {
      const key = tokenHash.toString('base64');
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.cachedUntil > monotonicMs() && entry.expiresAt > now) return entry.user;
      entries.delete(key);
      return undefined;
    },
    set(tokenHash, user, expiresAt, seen) {
      if (ttlMs === 0 || seen !== revision) return;
      // Insertion order is age order: drop the oldest when full.
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(tokenHash.toString('base64'), { user, expiresAt, cachedUntil: monotonicMs() + ttlMs });
    },
    forget(tokenHash) {
      revision += 1;
      entries.delete(tokenHash.toString('base64'));
    },
    forgetUser(userId) {
      revision += 1;
      for (const [key, entry] of entries) if (entry.user.id === userId) entries.delete(key);
    },
  };
}
