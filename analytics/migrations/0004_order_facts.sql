-- One row per order with the first time it reached each stage and what it sold (from its
-- `order.paid`): the funnel, dispute rate by category and seller stats read ~1 row per order
-- instead of ~4.5 events each, and parse no JSON.
-- Duplicate-safe: the relay is at-least-once, so the view can see the same event twice. Every
-- column is an idempotent aggregate keyed by the order (min of a time, max of a value only the
-- paid event sets), so a redelivered event merges into the same row without changing it. Sums
-- (GMV, counts) are taken at query time over these per-order rows, never stored.
-- Rows merge eventually: read with FINAL (or GROUP BY order_id with min/max).
CREATE TABLE IF NOT EXISTS {{database}}.order_facts
(
    order_id     UUID,
    created_at   SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    paid_at      SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    shipped_at   SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    completed_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    disputed_at  SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    refunded_at  SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    -- As of the payment; other events contribute the neutral value ('', 0, the nil UUID).
    seller_id    SimpleAggregateFunction(max, UUID),
    buyer_id     SimpleAggregateFunction(max, UUID),
    currency     SimpleAggregateFunction(max, LowCardinality(String)),
    category     SimpleAggregateFunction(max, LowCardinality(String)),
    amount       SimpleAggregateFunction(max, Int64),
    fee_amount   SimpleAggregateFunction(max, Int64)
)
ENGINE = AggregatingMergeTree
ORDER BY order_id;

CREATE MATERIALIZED VIEW IF NOT EXISTS {{database}}.order_facts_mv TO {{database}}.order_facts AS
SELECT
    aggregate_id AS order_id,
    if(event_type = 'order.created', occurred_at, NULL) AS created_at,
    if(event_type = 'order.paid', occurred_at, NULL) AS paid_at,
    if(event_type = 'order.shipped', occurred_at, NULL) AS shipped_at,
    if(event_type = 'order.completed', occurred_at, NULL) AS completed_at,
    if(event_type = 'order.disputed', occurred_at, NULL) AS disputed_at,
    if(event_type = 'order.refunded', occurred_at, NULL) AS refunded_at,
    if(event_type = 'order.paid', seller_id, toUUID('00000000-0000-0000-0000-000000000000')) AS seller_id,
    if(event_type = 'order.paid', buyer_id, toUUID('00000000-0000-0000-0000-000000000000')) AS buyer_id,
    if(event_type = 'order.paid', currency, '') AS currency,
    if(event_type = 'order.paid', category, '') AS category,
    if(event_type = 'order.paid', amount, 0) AS amount,
    if(event_type = 'order.paid', fee_amount, 0) AS fee_amount
FROM {{database}}.events
WHERE event_type IN ('order.created', 'order.paid', 'order.shipped', 'order.completed', 'order.disputed', 'order.refunded');

-- Backfill by replaying the events already stored through the view: `events` collapses the
-- copies (same sorting key) and every view is duplicate-safe, so the replay is idempotent and
-- the view's SELECT stays the one definition. Runs after the view exists, so nothing inserted
-- meanwhile is missed. SELECT * copies every stored column as is (materialized ones recompute).
INSERT INTO {{database}}.events
SELECT * FROM {{database}}.events
WHERE event_type IN ('order.created', 'order.paid', 'order.shipped', 'order.completed', 'order.disputed', 'order.refunded');
