import { sql } from 'kysely';
import type { AppContext } from '../../../context';
import { inTransaction, isUniqueViolation } from '../../../db/transaction';
import { DomainError, conflict, forbidden } from '../../../errors';
import { appendAudit } from '../../platform/audit';
import { recordFingerprint } from '../../risk/fingerprints';
import { appendEvents } from '../../platform/outbox';
import { STAFF_ROLES, isStaff } from '../../../permissions';
import { assertNotLocked, recordFailure, recordSuccess } from './login-lockout';
import { passwordWeakness } from './password-policy';
import { hashToken, newToken } from './tokens';
import { type PublicUser, findByEmail, insertSession, insertUser } from './users.repository';

export interface Session {
  user: PublicUser;
  token: string;
}

/** An app's session (bearer token) or the staff console's (cookie; staff only, shorter-lived). */
export type SessionKind = 'app' | 'console';

// Verifying against a throwaway hash when the email is unknown keeps both failure paths equally slow,
// so response time does not reveal which emails have accounts.
const DECOY_HASH = 'scrypt$32768$8$1$ZGVjb3ktc2FsdC1vbmx5IQ==$3DFbD/M3Lj+RU4bjWDVy/veDuRfF0NQZIDDBh/pkF/o=';

export async function register(ctx: AppContext, input: { email: string; password: string; display_name: string; roles?: string[] }, deviceId?: string): Promise<Session> {
  const password_hash = await ctx.passwords.hash(input.password);
  const now = ctx.clock.now();
  try {
    return await inTransaction(ctx.db, async (trx) => {
      const user = await insertUser(trx, { email: input.email, password_hash, display_name: input.display_name, roles: input.roles ?? [], created_at: now });
      const token = await openSession(ctx, trx, user.id, now, 'app');
      if (deviceId) await recordFingerprint(trx, user.id, 'device', deviceId, now);
      await appendEvents(trx, [{ type: 'user.registered', aggregateType: 'user', aggregateId: user.id, occurredAt: now, payload: { user_id: user.id } }]);
      return { user, token };
    });
  } catch (err) {
    if (isUniqueViolation(err, 'users_email_key')) throw conflict('email_taken', 'An account with this email already exists');
    throw err;
  }
}

/** `ip` is the caller's address: failures are counted per account and per (address, account), see login-lockout.ts. */
export async function login(ctx: AppContext, attempt: { email: string; password: string; ip: string; deviceId?: string; kind?: SessionKind }): Promise<Session> {
  const { email, password, ip, deviceId, kind = 'app' } = attempt;
  await assertNotLocked(ctx.rateLimits, ctx.config, email);
  const user = await findByEmail(ctx.db, email);
  const ok = await ctx.passwords.verify(password, user?.password_hash ?? DECOY_HASH);
  if (!user || !ok) {
    await recordFailure(ctx.rateLimits, ctx.config, ip, email);
    throw new DomainError('unauthenticated', 'invalid_credentials', 'Email or password is incorrect');
  }
  await recordSuccess(ctx.rateLimits, ip, email);
  // Only told to someone who already proved the password, so it reveals nothing new about the account.
  if (user.suspended_at) throw forbidden('This account is suspended; contact support', 'account_suspended');
  // The console opens no session it could not use.
  if (kind === 'console' && !isStaff(user.roles)) throw forbidden('The console is for staff accounts only', 'not_staff');
  const now = ctx.clock.now();
  const token = await openSession(ctx, ctx.db, user.id, now, kind);
  if (deviceId) await recordFingerprint(ctx.db, user.id, 'device', deviceId, now);
  const { password_hash: _hidden, payouts_frozen: _internal, suspended_at: _suspended, ...publicUser } = user;
  return { user: publicUser, token };
}

export function sessionTtlHours(ctx: AppContext, kind: SessionKind): number {
  return kind === 'console' ? ctx.config.CONSOLE_SESSION_TTL_HOURS : ctx.config.SESSION_TTL_HOURS;
}

async function openSession(ctx: AppContext, db: Parameters<typeof insertSession>[0], userId: string, now: Date, kind: SessionKind): Promise<string> {
  const token = newToken();
  const expires_at = new Date(now.getTime() + sessionTtlHours(ctx, kind) * 3_600_000);
  const idle_seconds = kind === 'console' ? ctx.config.CONSOLE_SESSION_IDLE_MINUTES * 60 : null;
  await insertSession(db, { user_id: userId, token_hash: hashToken(token), created_at: now, expires_at, idle_seconds });
  return token;
}

export async function logout(ctx: AppContext, token: string): Promise<void> {
  const tokenHash = hashToken(token);
  await ctx.db.updateTable('sessions').set({ revoked_at: ctx.clock.now() }).where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).execute();
  ctx.sessions.forget(tokenHash);
}

/** ADMIN_EMAIL/ADMIN_PASSWORD at start: the account exists, holds every staff role, and has that password. */
export async function ensureStaffAccount(ctx: AppContext, email: string, password: string, displayName = 'Agora Admin'): Promise<void> {
  // Staff accounts hold the most power: the same policy as any account's, and the start fails saying why.
  const weakness = passwordWeakness(password, [email, email.split('@')[0]!, displayName]);
  if (weakness) throw new Error(`the staff password for ${email} is refused: it ${weakness}`);
  const password_hash = await ctx.passwords.hash(password);
  const changed = await inTransaction(ctx.db, async (trx) => {
    const existing = await trx
      .selectFrom('users')
      .select('id')
      .where(sql<string>`lower(email)`, '=', email.toLowerCase())
      .forUpdate()
      .executeTakeFirst();
    const now = ctx.clock.now();
    if (existing) {
      await trx
        .updateTable('users')
        .set({ password_hash, roles: sql<string[]>`(SELECT array_agg(DISTINCT r) FROM unnest(roles || ${sql.val([...STAFF_ROLES])}::text[]) r)` })
        .where('id', '=', existing.id)
        .execute();
      await appendAudit(trx, { actorId: null, action: 'staff.ensured', entityType: 'user', entityId: existing.id, details: { roles: STAFF_ROLES }, at: now });
      return existing.id;
    }
    const user = await insertUser(trx, { email, password_hash, display_name: displayName, roles: [...STAFF_ROLES], created_at: now });
    await appendAudit(trx, { actorId: null, action: 'staff.created', entityType: 'user', entityId: user.id, details: { roles: STAFF_ROLES }, at: now });
    return null;
  });
  // After commit: a lookup between forgetting and committing would cache the old roles again.
  if (changed) ctx.sessions.forgetUser(changed);
}
