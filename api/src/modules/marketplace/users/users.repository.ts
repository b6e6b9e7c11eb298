import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB, Locale, UserRow } from '../../../db/schema';

export type PublicUser = Pick<UserRow, 'id' | 'email' | 'display_name' | 'roles' | 'created_at' | 'email_verified_at' | 'locale'>;

export const PUBLIC_COLUMNS = ['id', 'email', 'display_name', 'roles', 'created_at', 'email_verified_at', 'locale'] as const;

/** What the account owner may see of their own row. */
export function toPublicUser(user: UserRow): PublicUser {
  return {
    id: user.id,
    email: user.email,
    display_name: user.display_name,
    roles: user.roles,
    created_at: user.created_at,
    email_verified_at: user.email_verified_at,
    locale: user.locale,
  };
}

export async function findPasswordHash(db: Kysely<DB>, id: string) {
  return db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirst();
}

export function findByEmail(db: Kysely<DB>, email: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
}

export async function insertUser(
  trx: Transaction<DB>,
  user: { email: string; password_hash: string; display_name: string; roles?: string[]; locale?: Locale; email_verified_at?: Date; created_at: Date },
): Promise<PublicUser> {
  return trx.insertInto('users').values(user).returning(PUBLIC_COLUMNS).executeTakeFirstOrThrow();
}

export async function insertSession(
  trx: Kysely<DB> | Transaction<DB>,
  s: {
    user_id: string;
    token_hash: Buffer;
    created_at: Date;
    expires_at: Date;
    idle_seconds: number | null;
    stepped_up_at: Date | null;
    user_agent: string | null;
    network: string | null;
  },
) {
  await trx
    .insertInto('sessions')
    .values({ ...s, last_seen_at: s.created_at, revoked_at: null })
    .execute();
}

export function toUserResponse(user: PublicUser) {
  return {
    id: user.id,
    email: user.email,
    display_name: user.display_name,
    roles: user.roles,
    created_at: user.created_at.toISOString(),
    email_verified_at: user.email_verified_at?.toISOString() ?? null,
    locale: user.locale,
  };
}

export function findPublicUser(db: Kysely<DB> | Transaction<DB>, id: string): Promise<PublicUser | undefined> {
  return db.selectFrom('users').select(PUBLIC_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** Locks the given users' rows, in id order so two concurrent callers cannot deadlock. */
export function lockUsers(trx: Transaction<DB>, ids: readonly string[]) {
  return trx.selectFrom('users').select(['id', 'roles', 'suspended_at', 'payouts_frozen']).where('id', 'in', ids).orderBy('id').forUpdate().execute();
}

export function setUserRoles(trx: Transaction<DB>, id: string, roles: string[]): Promise<PublicUser> {
  return trx.updateTable('users').set({ roles }).where('id', '=', id).returning(PUBLIC_COLUMNS).executeTakeFirstOrThrow();
}

export async function userExists(db: Kysely<DB> | Transaction<DB>, id: string): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** What a public profile shows of the account: undefined for an unknown or suspended user alike. */
export function findProfileUser(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name', 'created_at', 'email_verified_at', 'identity_verified_at'])
    .where('id', '=', id)
    .where('suspended_at', 'is', null)
    .executeTakeFirst();
}

export async function findIdentityVerifiedAt(db: Kysely<DB>, id: string): Promise<Date | null> {
  return (await db.selectFrom('users').select('identity_verified_at').where('id', '=', id).executeTakeFirst())?.identity_verified_at ?? null;
}

/** The ids of unsuspended users holding `role`, as a query the caller narrows. */
export function activeUsersWithRole(trx: Transaction<DB>, role: string) {
  return trx
    .selectFrom('users')
    .select('id')
    .where(sql<boolean>`${sql.lit(role)} = ANY(roles)`)
    .where('suspended_at', 'is', null);
}

/** Whether the user is suspended and whether their payouts are frozen. */
export function findUserStanding(db: Kysely<DB> | Transaction<DB>, id: string) {
  return db.selectFrom('users').select(['id', 'suspended_at', 'payouts_frozen']).where('id', '=', id).executeTakeFirst();
}

export async function findUserRoles(db: Kysely<DB> | Transaction<DB>, id: string): Promise<string[] | undefined> {
  return (await db.selectFrom('users').select('roles').where('id', '=', id).executeTakeFirst())?.roles;
}

/** Suspending freezes payouts; reinstating sets the freeze the caller decided. */
export async function setSuspension(trx: Transaction<DB>, id: string, standing: { suspended_at: Date | null; payouts_frozen: boolean }): Promise<void> {
  await trx.updateTable('users').set(standing).where('id', '=', id).execute();
}

export async function freezePayouts(trx: Transaction<DB>, id: string): Promise<void> {
  await trx.updateTable('users').set({ payouts_frozen: true }).where('id', '=', id).execute();
}

/** The first approved identity document dates the verification; a later one does not move it. */
export async function markIdentityVerified(trx: Transaction<DB>, id: string, now: Date): Promise<void> {
  await trx.updateTable('users').set({ identity_verified_at: now }).where('id', '=', id).where('identity_verified_at', 'is', null).execute();
}

export async function setPayoutSchedule(db: Kysely<DB>, id: string, interval: UserRow['payout_schedule']): Promise<void> {
  await db.updateTable('users').set({ payout_schedule: interval }).where('id', '=', id).execute();
}

export async function revokeSessionsOf(trx: Transaction<DB>, userId: string, now: Date): Promise<void> {
  await trx.updateTable('sessions').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
}
