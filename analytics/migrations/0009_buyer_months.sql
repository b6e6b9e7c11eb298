-- The UTC months in which each buyer paid for an order, for cohort retention: ~1 row per buyer
-- instead of one per payment.
-- Duplicate-safe: keyed by the buyer, the months are a set (groupUniqArray), and adding a month
-- already in it changes nothing, so a redelivered `order.paid` merges without effect. Read with
-- FINAL (or GROUP BY buyer_id with groupUniqArrayArray).
CREATE TABLE IF NOT EXISTS {{database}}.buyer_months
(
    buyer_id UUID,
    months   SimpleAggregateFunction(groupUniqArrayArray, Array(Date))
)
ENGINE = AggregatingMergeTree
ORDER BY buyer_id;

CREATE MATERIALIZED VIEW IF NOT EXISTS {{database}}.buyer_months_mv TO {{database}}.buyer_months AS
SELECT buyer_id, [toStartOfMonth(occurred_at)] AS months
FROM {{database}}.events
WHERE event_type = 'order.paid';

-- Backfill by replay, as in 0004_order_facts.
INSERT INTO {{database}}.events
SELECT * FROM {{database}}.events
WHERE event_type = 'order.paid';
