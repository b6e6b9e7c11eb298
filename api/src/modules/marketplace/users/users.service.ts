import { sql } from 'kysely';
import type { AppContext } from '../../../context';
import { inTransaction, isUniqueViolation } from '../../../db/transaction';
import { DomainError, forbidden } from '../../../errors';
import { appendAudit } from '../../platform/audit';
import { recordFingerprint } from '../../risk/fingerprints';
import { appendEvents } from '../../platform/outbox';
import { STAFF_ROLES, isStaff } from '../../../permissions';
import { assertNotLocked, recordFailure, recordSuccess } from './login-lockout';
import { passwordWeakness } from './password-policy';
import type { Locale } from '../../../db/schema';
import { sendMail } from '../../platform/mail';
import { deviceOf, networkOf, recordSecurityEvent, sendSecurityAlert } from '../security-events';
import { issueAccountToken } from './account-tokens';
import { accountExists } from './mail/account-exists';
import { verifyEmail } from './mail/verify-email';
import { isNewDevice } from './known-devices';
import { markSteppedUp } from './step-up';
import { hashToken, newToken } from './tokens';
import { type PublicUser, findByEmail, findPasswordHash, insertSession, insertUser, toPublicUser } from './users.repository';

export interface Session {
  user: PublicUser;
  token: string;
}

/** An app's session (bearer token) or the staff console's (cookie; staff only, shorter-lived). */
export type SessionKind = 'app' | 'console';

// Verifying against a throwaway hash when the email is unknown keeps both failure paths equally slow,
// so response time does not reveal which emails have accounts.
const DECOY_HASH = 'scrypt$32768$8$1$ZGVjb3ktc2FsdC1vbmx5IQ==$3DFbD/M3Lj+RU4bjWDVy/veDuRfF0NQZIDDBh/pkF/o=';

/** Where a request came from, as the session list and security alerts show it. */
export interface RequestOrigin {
  ip: string;
  userAgent?: string;
  deviceId?: string;
}

/**
 * Creates an unverified account and mails a verification link. A taken address gets the same answer
 * after the same work (one hash, one mail): its owner is mailed instead, so the caller learns nothing
 * about which addresses have accounts.
 */
export async function register(
  ctx: AppContext,
  input: { email: string; password: string; display_name: string; locale?: Locale; roles?: string[] },
  origin?: Pick<RequestOrigin, 'deviceId'>,
): Promise<void> {
  const password_hash = await ctx.passwords.hash(input.password);
  const now = ctx.clock.now();
  try {
    const { user, token } = await inTransaction(ctx.db, async (trx) => {
      const user = await insertUser(trx, { email: input.email, password_hash, display_name: input.display_name, roles: input.roles ?? [], locale: input.locale, created_at: now });
      if (origin?.deviceId) await recordFingerprint(trx, user.id, 'device', origin.deviceId, now);
      await appendEvents(trx, [{ type: 'user.registered', aggregateType: 'user', aggregateId: user.id, occurredAt: now, payload: { user_id: user.id } }]);
      const token = await issueAccountToken(trx, { userId: user.id, purpose: 'verify_email', email: user.email, now, ttlMs: ctx.config.EMAIL_VERIFICATION_TTL_HOURS * 3_600_000 });
      return { user, token };
    });
    await mailVerification(ctx, user, token);
  } catch (err) {
    if (!isUniqueViolation(err, 'users_email_key')) throw err;
    const owner = await findByEmail(ctx.db, input.email);
    if (owner) await sendMail(ctx, owner, 'account_exists', accountExists, { resetUrl: `${ctx.config.APP_URL}/reset-password` });
  }
}

/** An account the platform made itself (demo data): verified, nothing mailed. */
export async function createSeedAccount(ctx: AppContext, input: { email: string; password: string; display_name: string }, deviceId?: string): Promise<PublicUser> {
  const password_hash = await ctx.passwords.hash(input.password);
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const user = await insertUser(trx, { email: input.email, display_name: input.display_name, password_hash, email_verified_at: now, created_at: now });
    if (deviceId) await recordFingerprint(trx, user.id, 'device', deviceId, now);
    await appendEvents(trx, [{ type: 'user.registered', aggregateType: 'user', aggregateId: user.id, occurredAt: now, payload: { user_id: user.id } }]);
    return user;
  });
}

export async function mailVerification(ctx: AppContext, user: { email: string; locale: Locale; display_name: string }, token: string): Promise<void> {
  await sendMail(ctx, user, 'verify_email', verifyEmail, {
    name: user.display_name,
    url: `${ctx.config.APP_URL}/verify-email?token=${encodeURIComponent(token)}`,
    hours: ctx.config.EMAIL_VERIFICATION_TTL_HOURS,
  });
}

/**
 * The first factor of a sign-in (`ip` is the caller's address: failures are counted per account and per
 * (address, account), see login-lockout.ts): the account behind this email and password, allowed to open a
 * session of this kind. Wrong credentials count toward the account's lockout; the failures are
 * forgiven only when a session opens, so a known password cannot reset the count of wrong codes.
 */
export async function checkPassword(ctx: AppContext, attempt: { email: string; password: string; kind?: SessionKind; ip: string }): Promise<PublicUser> {
  const { email, password, ip, kind = 'app' } = attempt;
  await assertNotLocked(ctx.rateLimits, ctx.config, email);
  const user = await findByEmail(ctx.db, email);
  const ok = await ctx.passwords.verify(password, user?.password_hash ?? DECOY_HASH);
  if (!user || !ok) {
    await recordFailure(ctx.rateLimits, ctx.config, ip, email);
    throw new DomainError('unauthenticated', 'invalid_credentials', 'Email or password is incorrect');
  }
  // Only told to someone who already proved the password, so it reveals nothing new about the account.
  if (user.suspended_at) throw forbidden('This account is suspended; contact support', 'account_suspended');
  // The console opens no session it could not use.
  if (kind === 'console' && !isStaff(user.roles)) throw forbidden('The console is for staff accounts only', 'not_staff');
  return toPublicUser(user);
}

/** A 429 `account_locked` while the account is locked, for a second factor as for the password. */
export async function assertSignInAllowed(ctx: AppContext, email: string): Promise<void> {
  await assertNotLocked(ctx.rateLimits, ctx.config, email);
}

/** A wrong second-factor code counts toward the account's lockout like a wrong password (429 `account_locked` at the threshold). */
export async function recordSignInFailure(ctx: AppContext, ip: string, email: string): Promise<void> {
  await recordFailure(ctx.rateLimits, ctx.config, ip, email);
}

/**
 * Opens the session of a user who has just proved every factor they have: it starts stepped up. A
 * device this user never signed in from before (X-Device-Id, else browser and network) is recorded
 * as a security event and mailed, except on the account's first sign-in.
 */
export async function startSession(ctx: AppContext, user: PublicUser, kind: SessionKind, origin: RequestOrigin): Promise<Session> {
  await recordSuccess(ctx.rateLimits, origin.ip, user.email);
  const now = ctx.clock.now();
  const newDevice = await isNewDevice(ctx.db, user.id, origin);
  const { token, event } = await inTransaction(ctx.db, async (trx) => {
    const token = await openSession(ctx, trx, { userId: user.id, now, kind, origin, steppedUp: true });
    if (origin.deviceId) await recordFingerprint(trx, user.id, 'device', origin.deviceId, now);
    const event = newDevice
      ? await recordSecurityEvent(trx, {
          userId: user.id,
          kind: 'login_new_device',
          at: now,
          origin,
          details: { session_kind: kind },
        })
      : undefined;
    return { token, event };
  });
  if (event) await sendSecurityAlert(ctx, user, event);
  return { user, token };
}

export function sessionTtlHours(ctx: AppContext, kind: SessionKind): number {
  return kind === 'console' ? ctx.config.CONSOLE_SESSION_TTL_HOURS : ctx.config.SESSION_TTL_HOURS;
}

/** A new session for a user who has just proved who they are (`steppedUp`: with the factors step-up asks for). */
export async function openSession(
  ctx: AppContext,
  db: Parameters<typeof insertSession>[0],
  s: { userId: string; now: Date; kind: SessionKind; origin: RequestOrigin; steppedUp: boolean },
): Promise<string> {
  const token = newToken();
  const expires_at = new Date(s.now.getTime() + sessionTtlHours(ctx, s.kind) * 3_600_000);
  const idle_seconds = s.kind === 'console' ? ctx.config.CONSOLE_SESSION_IDLE_MINUTES * 60 : null;
  await insertSession(db, {
    user_id: s.userId,
    token_hash: hashToken(token),
    created_at: s.now,
    expires_at,
    idle_seconds,
    stepped_up_at: s.steppedUp ? s.now : null,
    user_agent: deviceOf(s.origin.userAgent),
    network: networkOf(s.origin.ip),
  });
  return token;
}

/** Step-up by password, for accounts without a second factor. */
export async function stepUpWithPassword(ctx: AppContext, user: { id: string }, token: string, password: string): Promise<void> {
  const row = await findPasswordHash(ctx.db, user.id);
  if (!row || !(await ctx.passwords.verify(password, row.password_hash))) throw new DomainError('unauthenticated', 'invalid_credentials', 'The password is incorrect');
  await markSteppedUp(ctx.db, token, ctx.clock.now());
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
    // The operator chose this address: nobody else could verify it.
    const user = await insertUser(trx, { email, password_hash, display_name: displayName, roles: [...STAFF_ROLES], email_verified_at: now, created_at: now });
    await appendAudit(trx, { actorId: null, action: 'staff.created', entityType: 'user', entityId: user.id, details: { roles: STAFF_ROLES }, at: now });
    return null;
  });
  // After commit: a lookup between forgetting and committing would cache the old roles again.
  if (changed) ctx.sessions.forgetUser(changed);
}
