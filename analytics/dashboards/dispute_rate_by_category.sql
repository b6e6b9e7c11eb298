-- Title: Dispute rate by category
-- Question: Of the orders paid in the window, what share was disputed (by the buyer or by a
--   chargeback), per listing category?
-- Params:
--   {from:DateTime64(3, 'UTC')} orders paid at or after this instant
--   {to:DateTime64(3, 'UTC')} orders paid before this instant
-- Notes: The category comes from the `order.paid` payload (`dispute.*` events carry none); an order
--   counts as disputed if it ever emitted `order.disputed`, at any time after. Recent windows look
--   better than they are: their disputes have not had time to arrive.
SELECT
    category,
    count() AS paid_orders,
    countIf(aggregate_id IN
    (
        SELECT aggregate_id
        FROM {{database}}.events FINAL
        WHERE event_type = 'order.disputed'
          -- A dispute cannot precede the payment it disputes.
          AND occurred_at >= {from:DateTime64(3, 'UTC')}
    )) AS disputed_orders,
    round(disputed_orders / paid_orders, 4) AS dispute_rate
FROM
(
    SELECT DISTINCT aggregate_id, category
    FROM {{database}}.events FINAL
    WHERE event_type = 'order.paid'
      AND occurred_at >= {from:DateTime64(3, 'UTC')}
      AND occurred_at < {to:DateTime64(3, 'UTC')}
)
GROUP BY category
ORDER BY dispute_rate DESC, category
