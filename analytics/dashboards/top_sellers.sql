-- Title: Top sellers
-- Question: Which sellers sold the most (GMV) in one currency in the window, and how many of
--   those orders were later disputed or refunded?
-- Params:
--   {from:DateTime64(3, 'UTC')} orders paid at or after this instant
--   {to:DateTime64(3, 'UTC')} orders paid before this instant
--   {currency:String} ISO 4217 code; GMV is never summed across currencies [default: EUR]
--   {limit:UInt32} how many sellers [default: 10]
-- Notes: GMV and fees are gross, from `order.paid`; disputed/refunded count the same orders if they
--   ever emitted `order.disputed` / `order.refunded`. Ties on GMV are broken by seller_id.
SELECT
    toString(seller_id) AS seller_id,
    count() AS orders,
    sum(amount) AS gmv,
    sum(fee_amount) AS fees,
    countIf(aggregate_id IN
    (
        SELECT aggregate_id FROM {{database}}.events FINAL WHERE event_type = 'order.disputed' AND occurred_at >= {from:DateTime64(3, 'UTC')}
    )) AS disputed_orders,
    countIf(aggregate_id IN
    (
        SELECT aggregate_id FROM {{database}}.events FINAL WHERE event_type = 'order.refunded' AND occurred_at >= {from:DateTime64(3, 'UTC')}
    )) AS refunded_orders
FROM
(
    SELECT aggregate_id, seller_id, amount, fee_amount
    FROM {{database}}.events FINAL
    WHERE event_type = 'order.paid'
      AND currency = {currency:String}
      AND occurred_at >= {from:DateTime64(3, 'UTC')}
      AND occurred_at < {to:DateTime64(3, 'UTC')}
)
GROUP BY seller_id
ORDER BY gmv DESC, seller_id
LIMIT {limit:UInt32}
