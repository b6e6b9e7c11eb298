import { sql } from 'kysely';

/** A `sessions` row that still signs its holder in at `now`: unrevoked, unexpired, and not idle past its limit. */
export const isLiveSession = (now: Date) =>
  sql<boolean>`sessions.revoked_at IS NULL AND sessions.expires_at > ${now} AND (sessions.idle_seconds IS NULL OR sessions.last_seen_at + sessions.idle_seconds * interval '1 second' > ${now})`;
