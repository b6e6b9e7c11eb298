import { type Kysely, type Transaction } from 'kysely';
import { type Keyring, openRecord, sealRecord } from '../../../adapters/keyring';
import type { DB } from '../../../db/schema';

const TABLE = 'totp_credentials';

export interface TotpCredential {
  secret: string;
  confirmedAt: Date | null;
  lastUsedStep: number | null;
}

/** The user's authenticator, locked for the rest of the transaction (a code is checked and spent at once). */
export async function lockTotp(trx: Transaction<DB>, keyring: Keyring, userId: string): Promise<TotpCredential | undefined> {
  const row = await trx.selectFrom(TABLE).selectAll().where('user_id', '=', userId).forUpdate().executeTakeFirst();
  if (!row) return undefined;
  const { secret } = openRecord(keyring, { table: TABLE, id: userId }, { keyId: row.key_id, wrapped: row.wrapped_key }, { secret: row.secret_enc });
  return { secret: secret.toString('utf8'), confirmedAt: row.confirmed_at, lastUsedStep: row.last_used_step === null ? null : Number(row.last_used_step) };
}

export async function hasConfirmedTotp(db: Kysely<DB> | Transaction<DB>, userId: string): Promise<boolean> {
  const row = await db.selectFrom(TABLE).select('user_id').where('user_id', '=', userId).where('confirmed_at', 'is not', null).executeTakeFirst();
  return row !== undefined;
}

/** A new, unconfirmed authenticator; it replaces a pending one. */
export async function savePendingTotp(trx: Transaction<DB>, keyring: Keyring, userId: string, secret: string, now: Date): Promise<void> {
  const { dataKey, ciphertexts } = sealRecord(keyring, { table: TABLE, id: userId }, { secret: Buffer.from(secret, 'utf8') });
  const values = { key_id: dataKey.keyId, wrapped_key: dataKey.wrapped, secret_enc: ciphertexts.secret, created_at: now, confirmed_at: null, last_used_step: null };
  await trx
    .insertInto(TABLE)
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
}

export async function confirmTotp(trx: Transaction<DB>, userId: string, now: Date, step: number): Promise<void> {
  await trx.updateTable(TABLE).set({ confirmed_at: now, last_used_step: step }).where('user_id', '=', userId).execute();
}

export async function spendTotpStep(trx: Transaction<DB>, userId: string, step: number): Promise<void> {
  await trx.updateTable(TABLE).set({ last_used_step: step }).where('user_id', '=', userId).execute();
}

export async function deleteTotp(trx: Transaction<DB>, userId: string): Promise<void> {
  await trx.deleteFrom(TABLE).where('user_id', '=', userId).execute();
}
