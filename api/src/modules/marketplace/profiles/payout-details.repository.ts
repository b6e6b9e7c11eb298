import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { DB, PayoutDetailsTable } from '../../../db/schema';
import { type Keyring, openRecord, sealRecord } from '../../../adapters/keyring';
import { maskIban } from './iban';
import type { PayoutDetails } from './profiles.schemas';

const TABLE = 'payout_details';

export interface StoredPayoutDetails extends PayoutDetails {
  country: string;
  updated_at: Date;
}

/**
 * The user's current details, locked so a change can be compared with what it replaces. The
 * advisory lock also serialises a user's first change, when there is no row to lock yet.
 */
export async function lockPayoutDetails(trx: Transaction<DB>, keyring: Keyring, userId: string): Promise<StoredPayoutDetails | undefined> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`${TABLE}:${userId}`}, 0))`.execute(trx);
  const row = await trx.selectFrom(TABLE).selectAll().where('user_id', '=', userId).forUpdate().executeTakeFirst();
  return row && decrypt(keyring, row);
}

export async function findPayoutDetails(db: Kysely<DB>, keyring: Keyring, userId: string): Promise<StoredPayoutDetails | undefined> {
  const row = await db.selectFrom(TABLE).selectAll().where('user_id', '=', userId).executeTakeFirst();
  return row && decrypt(keyring, row);
}

/** The IBAN's country and last four characters stay readable for display; the rest is sealed. */
export async function savePayoutDetails(trx: Transaction<DB>, keyring: Keyring, userId: string, details: PayoutDetails, now: Date): Promise<StoredPayoutDetails> {
  const { dataKey, ciphertexts } = sealRecord(
    keyring,
    { table: TABLE, id: userId },
    {
      details: Buffer.from(JSON.stringify({ account_holder: details.account_holder, iban: details.iban })),
    },
  );
  const country = details.iban.slice(0, 2);
  const values = { key_id: dataKey.keyId, wrapped_key: dataKey.wrapped, details: ciphertexts.details, iban_last4: details.iban.slice(-4), country, updated_at: now };
  await trx
    .insertInto(TABLE)
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
  return { ...details, country, updated_at: now };
}

function decrypt(keyring: Keyring, row: Selectable<PayoutDetailsTable>): StoredPayoutDetails {
  const { details } = openRecord(keyring, { table: TABLE, id: row.user_id }, { keyId: row.key_id, wrapped: row.wrapped_key }, { details: row.details });
  const { account_holder, iban } = JSON.parse(details.toString('utf8')) as PayoutDetails;
  return { account_holder, iban, country: row.country, updated_at: row.updated_at };
}

/** Never the full IBAN over the API: it was typed in once and is not shown again. */
export function toPayoutDetailsResponse(d: StoredPayoutDetails) {
  return { account_holder: d.account_holder, iban: maskIban(d.iban.slice(-4)), country: d.country, updated_at: d.updated_at.toISOString() };
}
