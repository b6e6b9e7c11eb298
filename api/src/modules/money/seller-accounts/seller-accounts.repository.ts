import type { Insertable, Kysely, Transaction } from 'kysely';
import type { DB, SellerAccountRow, SellerAccountsTable } from '../../../db/schema';

export function findSellerAccount(db: Kysely<DB>, userId: string): Promise<SellerAccountRow | undefined> {
  return db.selectFrom('seller_accounts').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export function findSellerAccountByAccountId(db: Kysely<DB>, accountId: string): Promise<SellerAccountRow | undefined> {
  return db.selectFrom('seller_accounts').selectAll().where('account_id', '=', accountId).executeTakeFirst();
}

/**
 * Records a user's provider account. A concurrent request for the same user brought back the same
 * account (same idempotency key), so a conflict is a no-op — unless the row is from another provider.
 */
export async function saveSellerAccount(trx: Transaction<DB>, row: Insertable<SellerAccountsTable>): Promise<{ row: SellerAccountRow; created: boolean }> {
  const written = await trx
    .insertInto('seller_accounts')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('user_id')
        .doUpdateSet((eb) => ({
          provider: eb.ref('excluded.provider'),
          account_id: eb.ref('excluded.account_id'),
          charges_enabled: eb.ref('excluded.charges_enabled'),
          payouts_enabled: eb.ref('excluded.payouts_enabled'),
          updated_at: eb.ref('excluded.updated_at'),
        }))
        .where('seller_accounts.provider', '<>', row.provider),
    )
    .returningAll()
    .executeTakeFirst();
  if (written) return { row: written, created: true };
  return { row: (await findSellerAccount(trx, row.user_id))!, created: false };
}

export function updateSellerAccountFlags(trx: Transaction<DB>, accountId: string, flags: { charges_enabled: boolean; payouts_enabled: boolean }, now: Date) {
  return trx
    .updateTable('seller_accounts')
    .set({ ...flags, updated_at: now })
    .where('account_id', '=', accountId)
    .returningAll()
    .executeTakeFirstOrThrow();
}
