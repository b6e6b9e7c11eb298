-- Risk scores and fraud-case decisions with their model version and decision extracted once, for
-- flag rate and precision per model version without parsing JSON on read.
-- One row per event: a window on the score time must count an order scored in it even if it was
-- also scored outside it, which per-order rows could not answer. Duplicate-safe because a
-- redelivered event lands on the same sorting key (all of it from the event) in the same monthly
-- partition and collapses; queries read FINAL and count distinct orders or decided events.
CREATE TABLE IF NOT EXISTS {{database}}.fraud_signals
(
    event_id      UUID,
    event_type    LowCardinality(String),
    occurred_at   DateTime64(3, 'UTC'),
    -- The order for `risk.scored`, the case for `fraud_case.decided`.
    subject_id    UUID,
    -- '' when scored by rules alone.
    model_version LowCardinality(String),
    decision      LowCardinality(String)
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(occurred_at)
ORDER BY (event_type, occurred_at, event_id);

CREATE MATERIALIZED VIEW IF NOT EXISTS {{database}}.fraud_signals_mv TO {{database}}.fraud_signals AS
SELECT
    event_id,
    event_type,
    occurred_at,
    aggregate_id AS subject_id,
    JSONExtractString(payload, 'model_version') AS model_version,
    JSONExtractString(payload, 'decision') AS decision
FROM {{database}}.events
WHERE event_type IN ('risk.scored', 'fraud_case.decided');

-- Backfill by replay, as in 0004_order_facts.
INSERT INTO {{database}}.events
SELECT * FROM {{database}}.events
WHERE event_type IN ('risk.scored', 'fraud_case.decided');
