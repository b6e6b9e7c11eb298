-- Moderation throughput and time to decision: one row per item that entered a staff queue
-- (listing, review, report, fraud case) or got a staff decision, with when it first entered and
-- when staff first decided it.
-- Entered = a listing created or edited into `pending_review`, or held after a report
-- (`listing.held_for_review`); a review submitted as `flagged`, or flagged by a report
-- (`review.flagged`); `report.created`; `fraud_case.opened`. Auto-approved listings and reviews
-- published straight away never enter. Decided = listing approved / changes requested / rejected /
-- removed, review published / removed, `report.decided`, `fraud_case.decided`; an undone decision
-- keeps the first decision time. `decisions` counts distinct decision events (redecisions too).
-- Duplicate-safe: keyed by the item, min of a time and a uniqExact set of event ids are
-- idempotent, so a redelivered event merges into the same row without effect. Read with FINAL.
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
    minIf(toNullable(occurred_at), NOT decided) AS entered_at,
    minIf(toNullable(occurred_at), decided) AS first_decided_at,
    uniqExactStateIf(event_id, decided) AS decisions
FROM
(
    SELECT
        *,
        event_type IN (
            'listing.approved', 'listing.changes_requested', 'listing.rejected', 'listing.removed',
            'review.published', 'review.removed', 'report.decided', 'fraud_case.decided'
        ) AS decided
    FROM {{database}}.events
    WHERE decided
       OR event_type IN ('listing.held_for_review', 'review.flagged', 'report.created', 'fraud_case.opened')
       OR (event_type IN ('listing.created', 'listing.edited') AND JSONExtractString(payload, 'status') = 'pending_review')
       OR (event_type = 'review.submitted' AND JSONExtractString(payload, 'status') = 'flagged')
)
GROUP BY item_type, item_id;

-- Backfill by replay, as in 0004_order_facts.
INSERT INTO {{database}}.events
SELECT * FROM {{database}}.events
WHERE event_type IN (
    'listing.created', 'listing.edited', 'listing.held_for_review', 'listing.approved', 'listing.changes_requested',
    'listing.rejected', 'listing.removed', 'review.submitted', 'review.flagged', 'review.published', 'review.removed',
    'report.created', 'report.decided', 'fraud_case.opened', 'fraud_case.decided'
);
