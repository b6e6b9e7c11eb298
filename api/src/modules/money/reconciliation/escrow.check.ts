import { sql } from 'kysely';
import { FUNDED_STATUSES } from '../../marketplace/orders';
import { defineCheck } from './check';

// Statuses an order can have without a captured payment (cancelled before paying included).
const NEVER_PAID = ['initiated', 'pending_payment', 'cancelled'];

/**
 * Each order's escrow (its `escrow` and `escrow_fee` balances) agrees with its hold and status:
 *   no hold      → nothing in escrow, and the order was never paid;
 *   hold pending → escrow = hold − refunded so far, and the order is funded (not cancelled/refunded);
 *   hold posted or voided → escrow is empty;
 * plus: a captured order has its payment_ref, and funds_released ⇔ the hold was posted.
 */
export const escrowMatchesOrder = defineCheck('escrow_matches_order', "every order's escrow balance agrees with its escrow hold and status", async (db) => {
  const { rows } = await sql<{ order_id: string; problem: string }>`
      WITH escrow AS (
        SELECT a.order_id, sum(p.amount) AS total
        FROM ledger_accounts a JOIN ledger_postings p ON p.account_id = a.id
        WHERE a.kind IN ('escrow', 'escrow_fee')
        GROUP BY a.order_id
      ), facts AS (
        SELECT coalesce(o.id, e.order_id) AS order_id, o.id IS NOT NULL AS known, o.status, o.amount, o.refunded_amount, o.payment_ref,
               o.funds_released, h.status AS hold, h.amount AS hold_amount, coalesce(e.total, 0) AS escrow
        FROM orders o
        LEFT JOIN escrow_holds h ON h.order_id = o.id
        FULL JOIN escrow e ON e.order_id = o.id
      )
      SELECT order_id, problem
      FROM facts, LATERAL unnest(ARRAY[
        CASE WHEN NOT known AND escrow <> 0 THEN format('escrow accounts hold %s for an order that does not exist', escrow) END,
        CASE WHEN known AND hold IS NULL AND escrow <> 0 THEN format('escrow holds %s but the order has no escrow hold', escrow) END,
        CASE WHEN known AND hold IS NULL AND status NOT IN (${sql.join(NEVER_PAID)}) THEN format('order is %s but its payment was never captured (no escrow hold)', status) END,
        CASE WHEN hold IS NOT NULL AND hold_amount <> amount THEN format('escrow hold of %s differs from the order amount %s', hold_amount, amount) END,
        CASE WHEN hold = 'pending' AND escrow <> hold_amount - refunded_amount
          THEN format('escrow holds %s, but the pending hold of %s less %s refunded leaves %s', escrow, hold_amount, refunded_amount, hold_amount - refunded_amount) END,
        CASE WHEN hold = 'pending' AND status NOT IN (${sql.join([...FUNDED_STATUSES])}) THEN format('escrow hold is still pending but the order is %s', status) END,
        CASE WHEN hold IN ('posted', 'voided') AND escrow <> 0 THEN format('escrow hold is %s but escrow still holds %s', hold, escrow) END,
        CASE WHEN hold IS NOT NULL AND payment_ref IS NULL THEN 'payment was captured (escrow hold exists) but payment_ref is missing' END,
        CASE WHEN known AND funds_released <> (hold IS NOT DISTINCT FROM 'posted') THEN format('funds_released is %s but the escrow hold is %s', funds_released::text, coalesce(hold, 'absent')) END
      ]) AS problem
      WHERE problem IS NOT NULL
      ORDER BY order_id`.execute(db);
  return rows.map((r) => ({ entity: `order:${r.order_id}`, detail: r.problem }));
});
