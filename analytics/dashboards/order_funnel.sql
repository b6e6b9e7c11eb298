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
WITH
    created AS
    (
        SELECT DISTINCT aggregate_id
        FROM {{database}}.events FINAL
        WHERE event_type = 'order.created'
          AND occurred_at >= {from:DateTime64(3, 'UTC')}
          AND occurred_at < {to:DateTime64(3, 'UTC')}
    ),
    later AS
    (
        SELECT
            aggregate_id,
            max(event_type = 'order.paid') AS paid,
            max(event_type = 'order.shipped') AS shipped,
            max(event_type = 'order.completed') AS completed,
            max(event_type = 'order.disputed') AS disputed,
            max(event_type = 'order.refunded') AS refunded
        FROM {{database}}.events FINAL
        WHERE event_type IN ('order.paid', 'order.shipped', 'order.completed', 'order.disputed', 'order.refunded')
          -- What follows an order's creation cannot precede it: skips older parts by the sorting key.
          AND occurred_at >= {from:DateTime64(3, 'UTC')}
          AND aggregate_id IN (SELECT aggregate_id FROM created)
        GROUP BY aggregate_id
    ),
    totals AS
    (
        SELECT
            (SELECT count() FROM created) AS created_orders,
            toUInt64(sum(paid)) AS paid_orders,
            toUInt64(sum(shipped)) AS shipped_orders,
            toUInt64(sum(completed)) AS completed_orders,
            toUInt64(sum(disputed)) AS disputed_orders,
            toUInt64(sum(refunded)) AS refunded_orders
        FROM later
    )
SELECT
    step.1 AS stage,
    step.2 AS orders,
    round(step.2 / nullIf(created_orders, 0), 4) AS of_created,
    round(step.2 / nullIf(step.3, 0), 4) AS of_previous
FROM totals
ARRAY JOIN [
    ('created', created_orders, created_orders),
    ('paid', paid_orders, created_orders),
    ('shipped', shipped_orders, paid_orders),
    ('completed', completed_orders, paid_orders),
    ('disputed', disputed_orders, paid_orders),
    ('refunded', refunded_orders, paid_orders)
] AS step
