-- Title: Dispute rate by category
-- Question: Of the orders paid in the window, what share was disputed (by the buyer or by a
--   chargeback), per listing category?
-- Params:
--   {from:DateTime64(3, 'UTC')} orders paid at or after this instant
--   {to:DateTime64(3, 'UTC')} orders paid before this instant
-- Notes: The category comes from the `order.paid` payload (`dispute.*` events carry none); an order
--   counts as disputed if it ever emitted `order.disputed`, at any time after. Recent windows look
--   better than they are: their disputes have not had time to arrive.
--   Reads `order_facts` (one row per order; migration 0004).
SELECT
    category,
    count() AS paid_orders,
    -- A dispute cannot precede the payment it disputes.
    countIf(disputed_at >= {from:DateTime64(3, 'UTC')}) AS disputed_orders,
    round(disputed_orders / paid_orders, 4) AS dispute_rate
FROM {{database}}.order_facts FINAL
WHERE paid_at >= {from:DateTime64(3, 'UTC')}
  AND paid_at < {to:DateTime64(3, 'UTC')}
GROUP BY category
ORDER BY dispute_rate DESC, category
