import { sql } from 'kysely';
import { FUNDED_STATUSES } from '../../marketplace/orders';
import { defineCheck } from './check';

const PAID_OR_LATER = [...FUNDED_STATUSES, 'refunded'];

/**
 * One charge per paid order: an order that was paid (or holds captured money) has exactly one
 * succeeded attempt; two would be a double charge; a succeeded attempt with nothing captured is
 * money taken from the buyer that the ledger does not know about.
 */
export const paymentAttempts = defineCheck(
  'payment_attempts',
  'every paid order has exactly one succeeded payment attempt, and every succeeded attempt was captured',
  async (db) => {
    const { rows } = await sql<{ order_id: string; status: string; succeeded: number; captured: boolean }>`
      WITH succeeded AS (
        SELECT order_id, count(*)::int AS n FROM payment_attempts WHERE status = 'succeeded' GROUP BY order_id
      )
      SELECT o.id AS order_id, o.status, coalesce(s.n, 0) AS succeeded, h.order_id IS NOT NULL AS captured
      FROM orders o
      LEFT JOIN succeeded s ON s.order_id = o.id
      LEFT JOIN escrow_holds h ON h.order_id = o.id
      WHERE coalesce(s.n, 0) > 1
         OR (coalesce(s.n, 0) = 0 AND (o.status IN (${sql.join(PAID_OR_LATER)}) OR h.order_id IS NOT NULL))
         OR (s.n = 1 AND h.order_id IS NULL)
      ORDER BY o.id`.execute(db);
    return rows.map((r) => ({
      entity: `order:${r.order_id}`,
      detail:
        r.succeeded > 1
          ? `${r.succeeded} succeeded payment attempts: the buyer was charged more than once`
          : r.succeeded === 0
            ? `order is ${r.status}${r.captured ? ' with a captured payment' : ''} but has no succeeded payment attempt`
            : `a payment attempt succeeded but nothing was captured into escrow (order is ${r.status})`,
    }));
  },
);
