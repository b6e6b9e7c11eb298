-- Title: Order funnel with conversion
-- Question: Of the orders created in the window, how many were paid, shipped, and then ended
--   completed, disputed or refunded, and what share of the previous step is that?
-- Params:
--   {from:DateTime64(3, 'UTC')} orders created at or after this instant
--   {to:DateTime64(3, 'UTC')} orders created before this instant
-- Notes: A cohort of orders by creation time (`order.created`), followed to today: an order counts
--   in a stage if it ever emitted that event. `of_previous` is paid/created, shipped/paid and, for the
--   three outcomes, outcome/paid (a refund or chargeback can happen before shipping). Outcomes overlap:
--   a dispute resolved for the seller also completes the order, and a completed order can later be
--   refunded or charged back. Partial refunds (`order.partially_refunded`) are not counted as refunded.
--   Reads `order_facts` (one row per order, first time at each stage; migration 0004).
SELECT
    step.1 AS stage,
    step.2 AS orders,
    round(step.2 / nullIf(created_orders, 0), 4) AS of_created,
    round(step.2 / nullIf(step.3, 0), 4) AS of_previous
FROM
(
    -- What follows an order's creation cannot precede it, hence `>= from` on every later stage.
    SELECT
        count() AS created_orders,
        countIf(paid_at >= {from:DateTime64(3, 'UTC')}) AS paid_orders,
        countIf(shipped_at >= {from:DateTime64(3, 'UTC')}) AS shipped_orders,
        countIf(completed_at >= {from:DateTime64(3, 'UTC')}) AS completed_orders,
        countIf(disputed_at >= {from:DateTime64(3, 'UTC')}) AS disputed_orders,
        countIf(refunded_at >= {from:DateTime64(3, 'UTC')}) AS refunded_orders
    FROM {{database}}.order_facts FINAL
    WHERE created_at >= {from:DateTime64(3, 'UTC')}
      AND created_at < {to:DateTime64(3, 'UTC')}
)
ARRAY JOIN [
    ('created', created_orders, created_orders),
    ('paid', paid_orders, created_orders),
    ('shipped', shipped_orders, paid_orders),
    ('completed', completed_orders, paid_orders),
    ('disputed', disputed_orders, paid_orders),
    ('refunded', refunded_orders, paid_orders)
] AS step
