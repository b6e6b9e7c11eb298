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
--   Reads `order_facts` (one row per order, as of its payment; migration 0004).
SELECT toString(seller) AS seller_id, orders, gmv, fees, disputed_orders, refunded_orders
FROM
(
    -- Grouped by the UUID itself: only the rows out are turned into text.
    SELECT
        seller_id AS seller,
        count() AS orders,
        sum(amount) AS gmv,
        sum(fee_amount) AS fees,
        countIf(disputed_at >= {from:DateTime64(3, 'UTC')}) AS disputed_orders,
        countIf(refunded_at >= {from:DateTime64(3, 'UTC')}) AS refunded_orders
    FROM {{database}}.order_facts FINAL
    WHERE paid_at >= {from:DateTime64(3, 'UTC')}
      AND paid_at < {to:DateTime64(3, 'UTC')}
      AND currency = {currency:String}
    GROUP BY seller
)
ORDER BY gmv DESC, seller_id
LIMIT {limit:UInt32}
