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
    count() AS orders,
    sum(amount) AS gmv,
    sum(fee_amount) AS fees,
    round(sum(fee_amount) / nullIf(sum(amount), 0), 4) AS take_rate
FROM
(
    SELECT
        multiIf(
            {interval:String} = 'hour', toStartOfHour(paid_at),
            {interval:String} = 'day', toStartOfDay(paid_at),
            {interval:String} = 'week', toDateTime(toStartOfWeek(paid_at, 1), 'UTC'),
            toDateTime(toStartOfMonth(paid_at), 'UTC')
        ) AS bucket,
        currency,
        amount,
        fee_amount
    FROM {{database}}.paid_sales FINAL
    WHERE paid_at >= {from:DateTime64(3, 'UTC')}
      AND paid_at < {to:DateTime64(3, 'UTC')}
)
GROUP BY bucket, currency
ORDER BY bucket, currency
