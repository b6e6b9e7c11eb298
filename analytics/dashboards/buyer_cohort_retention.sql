-- Title: Buyer cohort retention
-- Question: Of the buyers whose first paid order fell in a given month, what share paid for an
--   order again 0, 1, 2, ... months later?
-- Params:
--   {from:DateTime64(3, 'UTC')} cohorts whose month starts at or after this instant
--   {to:DateTime64(3, 'UTC')} cohorts whose month starts before this instant
-- Notes: A buyer's cohort is the UTC month of their first `order.paid` ever (not the first in the
--   window), so returning buyers never appear as new; this reads every buyer ever. Activity
--   is any later `order.paid`, up to today; offset 0 is always 100%. A month with no active buyers
--   has no row. Refunded and cancelled-after-payment orders still count as activity.
--   Reads `buyer_months` (each buyer's set of paying months; migration 0009).
SELECT
    toString(cohort_month) AS cohort,
    month_offset,
    buyers,
    max(buyers) OVER (PARTITION BY cohort_month) AS cohort_buyers,
    round(buyers / cohort_buyers, 4) AS retention
FROM
(
    SELECT
        cohort_month,
        toUInt32(dateDiff('month', cohort_month, month)) AS month_offset,
        count() AS buyers
    FROM
    (
        SELECT buyer_id, months, arrayMin(months) AS cohort_month
        FROM {{database}}.buyer_months FINAL
        WHERE toDateTime64(cohort_month, 3, 'UTC') >= {from:DateTime64(3, 'UTC')}
          AND toDateTime64(cohort_month, 3, 'UTC') < {to:DateTime64(3, 'UTC')}
    )
    ARRAY JOIN months AS month
    GROUP BY cohort_month, month_offset
)
ORDER BY cohort_month, month_offset
