-- Title: Buyer cohort retention
-- Question: Of the buyers whose first paid order fell in a given month, what share paid for an
--   order again 0, 1, 2, ... months later?
-- Params:
--   {from:DateTime64(3, 'UTC')} cohorts whose month starts at or after this instant
--   {to:DateTime64(3, 'UTC')} cohorts whose month starts before this instant
-- Notes: A buyer's cohort is the UTC month of their first `order.paid` ever (not the first in the
--   window), so returning buyers never appear as new. Activity is any later `order.paid`, up to
--   today; offset 0 is always 100%. A month with no active buyers has no row. Refunded and
--   cancelled-after-payment orders still count as activity.
WITH
    paid AS
    (
        SELECT DISTINCT buyer_id, toStartOfMonth(occurred_at) AS month
        FROM {{database}}.events FINAL
        WHERE event_type = 'order.paid'
    ),
    cohorts AS
    (
        SELECT buyer_id, min(month) AS cohort
        FROM paid
        GROUP BY buyer_id
        HAVING toDateTime64(cohort, 3, 'UTC') >= {from:DateTime64(3, 'UTC')}
           AND toDateTime64(cohort, 3, 'UTC') < {to:DateTime64(3, 'UTC')}
    ),
    sizes AS
    (
        SELECT cohort, count() AS cohort_size
        FROM cohorts
        GROUP BY cohort
    )
SELECT
    toString(c.cohort) AS cohort,
    toUInt32(dateDiff('month', c.cohort, p.month)) AS month_offset,
    count() AS buyers,
    any(s.cohort_size) AS cohort_buyers,
    round(buyers / cohort_buyers, 4) AS retention
FROM cohorts AS c
INNER JOIN paid AS p ON p.buyer_id = c.buyer_id
INNER JOIN sizes AS s ON s.cohort = c.cohort
GROUP BY c.cohort, month_offset
ORDER BY c.cohort, month_offset
