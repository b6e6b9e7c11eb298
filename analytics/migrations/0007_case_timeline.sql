-- One row per buyer dispute, chargeback and fraud case: when it opened and when it was first
-- resolved, for time to resolution and open backlogs.
-- Duplicate-safe: keyed by the item, every column is an idempotent aggregate (min of a time, max
-- of the source only `dispute.opened` sets), so a redelivered event merges without effect.
-- Resolved = `dispute.resolved`, `fraud_case.decided`, or a chargeback's first
-- `dispute.opened`/`dispute.updated` whose status is won or lost. Read with FINAL.
CREATE TABLE IF NOT EXISTS {{database}}.case_timeline
(
    item_type   LowCardinality(String),
    item_id     UUID,
    opened_at   SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    resolved_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    -- 'buyer' or 'chargeback' for disputes, '' for fraud cases.
    source      SimpleAggregateFunction(max, LowCardinality(String))
)
ENGINE = AggregatingMergeTree
ORDER BY (item_type, item_id);

CREATE MATERIALIZED VIEW IF NOT EXISTS {{database}}.case_timeline_mv TO {{database}}.case_timeline AS
SELECT
    aggregate_type AS item_type,
    aggregate_id AS item_id,
    if(event_type IN ('dispute.opened', 'fraud_case.opened'), occurred_at, NULL) AS opened_at,
    if(
        event_type IN ('dispute.resolved', 'fraud_case.decided')
        OR (event_type IN ('dispute.opened', 'dispute.updated') AND JSONExtractString(payload, 'status') IN ('won', 'lost')),
        occurred_at, NULL
    ) AS resolved_at,
    if(event_type = 'dispute.opened', JSONExtractString(payload, 'source'), '') AS source
FROM {{database}}.events
WHERE event_type IN ('dispute.opened', 'dispute.updated', 'dispute.resolved', 'fraud_case.opened', 'fraud_case.decided');

-- Backfill by replay, as in 0004_order_facts.
INSERT INTO {{database}}.events
SELECT * FROM {{database}}.events
WHERE event_type IN ('dispute.opened', 'dispute.updated', 'dispute.resolved', 'fraud_case.opened', 'fraud_case.decided');
