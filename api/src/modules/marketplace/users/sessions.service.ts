import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import { notFound } from '../../../errors';
import { recordSecurityEvent, sendSecurityAlert } from '../security-events';
import { listLiveSessions, revokeSessionOf } from './sessions.repository';
import { hashToken } from './tokens';
import { findPublicUser, revokeSessionsOf } from './users.repository';

/** The user's live sessions, the caller's own marked `current`. */
export async function listSessions(ctx: AppContext, userId: string, token: string) {
  const own = hashToken(token);
  const rows = await listLiveSessions(ctx.db, userId, ctx.clock.now());
  return rows.map(({ token_hash, idle_seconds, ...row }) => ({ ...row, current: token_hash.equals(own), kind: idle_seconds === null ? ('app' as const) : ('console' as const) }));
}

/** Signs one of the user's sessions out (the caller's own included); someone else's or an ended one is a 404, as if it did not exist. Whether it was the caller's. */
export async function revokeSession(ctx: AppContext, userId: string, token: string, sessionId: string): Promise<{ current: boolean }> {
  const tokenHash = await revokeSessionOf(ctx.db, userId, sessionId, ctx.clock.now());
  if (!tokenHash) throw notFound('Session');
  ctx.sessions.forget(tokenHash);
  return { current: tokenHash.equals(hashToken(token)) };
}

/** Every session of the user ends, the caller's too; recorded and mailed as a security event. */
export async function signOutEverywhere(ctx: AppContext, userId: string, origin: { ip: string; userAgent?: string }): Promise<void> {
  const now = ctx.clock.now();
  const { user, event } = await inTransaction(ctx.db, async (trx) => {
    await revokeSessionsOf(trx, userId, now);
    const event = await recordSecurityEvent(trx, { userId, kind: 'signed_out_everywhere', at: now, origin });
    return { user: (await findPublicUser(trx, userId))!, event };
  });
  ctx.sessions.forgetUser(userId);
  await sendSecurityAlert(ctx, user, event);
}
