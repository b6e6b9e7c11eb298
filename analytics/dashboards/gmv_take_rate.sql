-- Title: GMV and take rate over time
-- Question: How much did buyers pay per period and currency (GMV), how much of it did the
--   platform keep as its fee, and what is the take rate (fee / GMV)?
-- Params:
--   {from:DateTime64(3, 'UTC')} payments at or after this instant (ISO 8601, e.g. 2026-11-01T00:00:00Z)
--   {to:DateTime64(3, 'UTC')} payments before this instant
--   {interval:String} bucket width [one of: hour, day, week, month] [default: day]
-- Notes: Source is `order.paid`, whose payload carries `amount` (what the buyer paid, minor units)
--   and `fee_amount` (the platform fee on that order, minor units), so the take rate is the fee
--   as charged at payment. It is gross: refunds (`order.refunded`, `order.partially_refunded`) are
--   not netted out of GMV or fee, and the fee is not yet earned until the order settles. Amounts
--   are never summed across currencies; weeks start on Monday; buckets are UTC.
--   Reads `paid_sales` (one row per `order.paid`; migration 0005).
SELECT
    toString(bucket) AS bucket,
    currency,
    sum(hour_orders) AS orders,
    sum(hour_gmv) AS gmv,
    sum(hour_fees) AS fees,
    round(fees / nullIf(gmv, 0), 4) AS take_rate
FROM
(
    SELECT
        multiIf(
            {interval:String} = 'hour', hour,
            {interval:String} = 'day', toStartOfDay(hour),
            {interval:String} = 'week', toDateTime(toStartOfWeek(hour, 1), 'UTC'),
            toDateTime(toStartOfMonth(hour), 'UTC')
        ) AS bucket,
        currency,
        hour_orders,
        hour_gmv,
        hour_fees
    FROM
    (
        -- Every bucket width is a whole number of UTC hours, so sum per hour first: that follows
        -- the table's sort order and leaves a few thousand rows to bucket.
        SELECT toStartOfHour(paid_at) AS hour, currency, count() AS hour_orders, sum(amount) AS hour_gmv, sum(fee_amount) AS hour_fees
        FROM {{database}}.paid_sales FINAL
        WHERE paid_at >= {from:DateTime64(3, 'UTC')}
          AND paid_at < {to:DateTime64(3, 'UTC')}
        GROUP BY hour, currency
    )
)
GROUP BY bucket, currency
ORDER BY bucket, currency
