import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';

/** Users on a daily or weekly payout schedule, payouts not frozen, with each currency's available balance of at least `minAmount`. */
export function scheduledBalances(db: Kysely<DB>, minAmount: number) {
  return db
    .selectFrom('users')
    .innerJoin('ledger_accounts', (j) => j.onRef('ledger_accounts.owner_id', '=', 'users.id').on('ledger_accounts.kind', '=', 'available'))
    .innerJoin('ledger_postings', 'ledger_postings.account_id', 'ledger_accounts.id')
    .select(['users.id as user_id', 'users.payout_schedule', 'ledger_accounts.currency', (eb) => eb.fn.sum<string>('ledger_postings.amount').as('balance')])
    .where('users.payout_schedule', '<>', 'manual')
    .where('users.payouts_frozen', '=', false)
    .groupBy(['users.id', 'users.payout_schedule', 'ledger_accounts.currency'])
    .having((eb) => eb.fn.sum('ledger_postings.amount'), '>=', minAmount)
    .execute();
}
