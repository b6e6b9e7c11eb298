import type { Insertable, Kysely, Transaction } from 'kysely';
import type { DB, OidcFlowMode, OidcFlowsTable, OidcIdentitiesTable } from '../../../db/schema';

export type NewFlow = Insertable<OidcFlowsTable>;

export async function insertFlow(db: Kysely<DB>, flow: NewFlow): Promise<void> {
  await db.insertInto('oidc_flows').values(flow).execute();
}

/** Flows past their attempt and their login code are worth nothing: a gone state is refused like a spent one. */
export async function deleteFlowsExpiredBefore(db: Kysely<DB>, before: Date): Promise<void> {
  await db.deleteFrom('oidc_flows').where('expires_at', '<', before).execute();
}

/**
 * Marks the provider's flow with this state used, if it is unused, unexpired and bound to this browser
 * (or to none): at most one caller gets it.
 */
export function claimFlow(db: Kysely<DB>, provider: string, stateHash: Buffer, browserHash: Buffer | null, now: Date) {
  return db
    .updateTable('oidc_flows')
    .set({ used_at: now })
    .where('state_hash', '=', stateHash)
    .where('provider', '=', provider)
    .where((eb) => (browserHash ? eb.or([eb('browser_hash', 'is', null), eb('browser_hash', '=', browserHash)]) : eb('browser_hash', 'is', null)))
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['id', 'mode', 'user_id', 'return_to', 'secrets', 'key_id', 'wrapped_key'])
    .executeTakeFirst();
}

/**
 * The code the app trades once the provider answered: for a sign-in, the user it signs in; for a link,
 * the re-sealed secrets now holding the identity to confirm.
 */
export async function attachCompletionCode(
  db: Kysely<DB> | Transaction<DB>,
  flowId: string,
  code: { userId: string; hash: Buffer; expiresAt: Date },
  sealed?: { secrets: Buffer; key_id: string; wrapped_key: Buffer },
): Promise<void> {
  await db
    .updateTable('oidc_flows')
    .set({ user_id: code.userId, login_code_hash: code.hash, login_code_expires_at: code.expiresAt, ...sealed })
    .where('id', '=', flowId)
    .execute();
}

/** Spends a completion code of a flow of this mode (and, for a link, of this user) once, if unexpired. */
export function claimCompletionCode(db: Kysely<DB>, codeHash: Buffer, mode: OidcFlowMode, now: Date, userId?: string) {
  let query = db
    .updateTable('oidc_flows')
    .set({ login_code_used_at: now })
    .where('login_code_hash', '=', codeHash)
    .where('mode', '=', mode)
    .where('login_code_used_at', 'is', null)
    .where('login_code_expires_at', '>', now);
  if (userId) query = query.where('user_id', '=', userId);
  return query.returning(['id', 'provider', 'user_id', 'secrets', 'key_id', 'wrapped_key']).executeTakeFirst();
}

export type NewIdentity = Insertable<OidcIdentitiesTable>;

export async function insertIdentity(trx: Transaction<DB>, identity: NewIdentity): Promise<void> {
  await trx.insertInto('oidc_identities').values(identity).execute();
}

export function findIdentityBySubject(db: Kysely<DB>, provider: string, subject: string) {
  return db.selectFrom('oidc_identities').select(['id', 'user_id']).where('provider', '=', provider).where('subject', '=', subject).executeTakeFirst();
}

export function listIdentities(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('oidc_identities')
    .select(['id', 'provider', 'email', 'key_id', 'wrapped_key', 'linked_at'])
    .where('user_id', '=', userId)
    .orderBy('linked_at')
    .orderBy('id')
    .execute();
}

/** The user's identities, locked: unlinking counts them before deleting one. */
export function lockIdentities(trx: Transaction<DB>, userId: string) {
  return trx.selectFrom('oidc_identities').select(['id', 'provider']).where('user_id', '=', userId).orderBy('id').forUpdate().execute();
}

export async function deleteIdentity(trx: Transaction<DB>, id: string): Promise<void> {
  await trx.deleteFrom('oidc_identities').where('id', '=', id).execute();
}

export async function deleteAllOf(trx: Transaction<DB>, userId: string): Promise<void> {
  await trx.deleteFrom('oidc_identities').where('user_id', '=', userId).execute();
  await trx.deleteFrom('oidc_flows').where('user_id', '=', userId).execute();
}
