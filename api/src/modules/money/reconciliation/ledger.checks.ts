import { sql } from 'kysely';
import { defineCheck } from './check';

/** Per transaction and currency, and over the whole ledger per currency, postings sum to zero. */
export const ledgerBalanced = defineCheck('ledger_balanced', 'every ledger transaction balances per currency, and the ledger sums to zero per currency', async (db) => {
  // Both levels in one pass over the postings.
  const { rows } = await sql<{ transaction_id: string | null; currency: string; sum: string }>`
      SELECT transaction_id, currency, sum(amount) AS sum
      FROM ledger_postings
      GROUP BY GROUPING SETS ((transaction_id, currency), (currency))
      HAVING sum(amount) <> 0
      ORDER BY transaction_id NULLS FIRST, currency`.execute(db);
  return rows.map((r) =>
    r.transaction_id === null
      ? { entity: `currency:${r.currency}`, detail: `the ledger's ${r.currency} postings sum to ${r.sum}, not 0` }
      : { entity: `ledger_transaction:${r.transaction_id}`, detail: `its ${r.currency} postings sum to ${r.sum}, not 0` },
  );
});

/** Only the provider's external account may go negative; every other balance is money someone holds. */
export const nonNegativeBalances = defineCheck('non_negative_balances', 'no account but an external one has a negative balance', async (db) => {
  const { rows } = await sql<{ code: string; currency: string; kind: string; balance: string }>`
      SELECT a.code, a.currency, a.kind, b.balance
      FROM (SELECT account_id, sum(amount) AS balance FROM ledger_postings GROUP BY account_id HAVING sum(amount) < 0) b
      JOIN ledger_accounts a ON a.id = b.account_id
      WHERE a.kind <> 'external'
      ORDER BY a.code, a.currency`.execute(db);
  return rows.map((r) => ({ entity: `ledger_account:${r.code}/${r.currency}`, detail: `${r.kind} balance is ${r.balance}` }));
});
