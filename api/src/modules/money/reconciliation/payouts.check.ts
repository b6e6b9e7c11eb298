import { sql } from 'kysely';
import { defineCheck } from './check';

/**
 * Every payout left the seller's available balance once (`payout:<id>` debits its amount); a failed
 * one came back once (`payout_failed:<id>` credits what was not reversed); reversed_amount is what
 * its reversals (`…:reverse:<id>`) credited back. Ledger movements naming an unknown payout count too.
 */
export const payoutsPosted = defineCheck(
  'payouts_posted',
  'every payout has its ledger debit, failed payouts their credit back, and reversed_amount matches its reversals',
  async (db) => {
    const { rows } = await sql<{ payout_id: string; problem: string }>`
      WITH moves AS (
        -- What each payout movement did to its user's available balance; the payout id ends the reference.
        SELECT t.kind, substring(t.reference from '([0-9a-f-]{36})$') AS payout_id, a.owner_id, p.currency, sum(p.amount) AS delta
        FROM ledger_transactions t
        JOIN ledger_postings p ON p.transaction_id = t.id
        JOIN ledger_accounts a ON a.id = p.account_id AND a.kind = 'available'
        WHERE t.kind IN ('payout', 'payout_failed', 'payout_reversed')
        GROUP BY t.id, a.owner_id, p.currency
      ), per_payout AS (
        SELECT payout_id, owner_id, currency,
               -sum(delta) FILTER (WHERE kind = 'payout') AS debited,
               sum(delta) FILTER (WHERE kind = 'payout_failed') AS credited_back,
               coalesce(sum(delta) FILTER (WHERE kind = 'payout_reversed'), 0) AS reversed
        FROM moves GROUP BY payout_id, owner_id, currency
      ), facts AS (
        SELECT coalesce(py.id::text, m.payout_id) AS payout_id, py.id IS NOT NULL AS known, py.status, py.amount, py.reversed_amount,
               m.debited, m.credited_back, coalesce(m.reversed, 0) AS reversed
        FROM payouts py
        FULL JOIN per_payout m ON m.payout_id = py.id::text AND m.owner_id = py.user_id AND m.currency = py.currency
      )
      SELECT payout_id, problem
      FROM facts, LATERAL unnest(ARRAY[
        CASE WHEN NOT known THEN format('ledger moved money for this payout (debited %s, credited back %s, reversed %s) but no such payout exists for that user and currency',
          coalesce(debited, 0), coalesce(credited_back, 0), reversed) END,
        CASE WHEN known AND debited IS NULL THEN format('payout of %s has no ledger debit', amount) END,
        CASE WHEN known AND debited <> amount THEN format('ledger debited %s for a payout of %s', debited, amount) END,
        CASE WHEN status = 'failed' AND coalesce(credited_back, 0) <> amount - reversed_amount
          THEN format('failed payout was credited back %s, expected %s', coalesce(credited_back, 0), amount - reversed_amount) END,
        CASE WHEN known AND status <> 'failed' AND credited_back IS NOT NULL THEN format('payout is %s but was credited back %s as failed', status, credited_back) END,
        CASE WHEN known AND reversed <> reversed_amount THEN format('reversed_amount is %s but its reversals credited back %s', reversed_amount, reversed) END
      ]) AS problem
      WHERE problem IS NOT NULL
      ORDER BY payout_id`.execute(db);
    return rows.map((r) => ({ entity: `payout:${r.payout_id}`, detail: r.problem }));
  },
);
