-- Moderation throughput and time to decision: one row per moderated item (listing, review,
-- report, fraud case) with when it entered the queue and when staff first decided it.
-- Entered = `listing.created`, `review.submitted`, `report.created`, `fraud_case.opened`.
-- Decided = listing approved / changes requested / rejected / removed, review published / removed,
-- `report.decided`, `fraud_case.decided`. An undone decision keeps the first decision time;
-- `decisions` counts distinct decision events, so throughput counts redecisions too.
-- Duplicate-safe: keyed by the item, min of a time and uniqExact of event ids are idempotent, so
-- a redelivered event merges into the same row without effect. Read with FINAL.
CREATE TABLE IF NOT EXISTS {{database}}.moderation_items
(
    item_type        LowCardinality(String),
    item_id          UUID,
    entered_at       SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    first_decided_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    decisions        AggregateFunction(uniqExact, UUID)
)
ENGINE = AggregatingMergeTree
ORDER BY (item_type, item_id);

CREATE MATERIALIZED VIEW IF NOT EXISTS {{database}}.moderation_items_mv TO {{database}}.moderation_items AS
SELECT
    aggregate_type AS item_type,
    aggregate_id AS item_id,
    minIf(toNullable(occurred_at), event_type IN ('listing.created', 'review.submitted', 'report.created', 'fraud_case.opened')) AS entered_at,
    minIf(toNullable(occurred_at), event_type NOT IN ('listing.created', 'review.submitted', 'report.created', 'fraud_case.opened')) AS first_decided_at,
    uniqExactStateIf(event_id, event_type NOT IN ('listing.created', 'review.submitted', 'report.created', 'fraud_case.opened')) AS decisions
FROM {{database}}.events
WHERE event_type IN (
    'listing.created', 'listing.approved', 'listing.changes_requested', 'listing.rejected', 'listing.removed',
    'review.submitted', 'review.published', 'review.removed',
    'report.created', 'report.decided',
    'fraud_case.opened', 'fraud_case.decided'
)
GROUP BY item_type, item_id;

-- Backfill by replay, as in 0004_order_facts.
INSERT INTO {{database}}.events
SELECT * FROM {{database}}.events
WHERE event_type IN (
    'listing.created', 'listing.approved', 'listing.changes_requested', 'listing.rejected', 'listing.removed',
    'review.submitted', 'review.published', 'review.removed',
    'report.created', 'report.decided',
    'fraud_case.opened', 'fraud_case.decided'
);
