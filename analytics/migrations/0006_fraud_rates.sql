-- Flag rate and precision per risk-model version, without parsing JSON or deduplicating order ids
-- on read (a distinct count over millions of orders was most of that dashboard's time).
-- `order_model_scores`: one row per order and model version, with its first score time and whether any
-- of its scores was review or block. Duplicate-safe: keyed by the pair, min and max are
-- idempotent, so a redelivered score merges without effect. Read with FINAL.
CREATE TABLE IF NOT EXISTS {{database}}.order_model_scores
(
    -- '' when scored by rules alone.
    model_version   LowCardinality(String),
    order_id        UUID,
    first_scored_at SimpleAggregateFunction(min, DateTime64(3, 'UTC')),
    flagged         SimpleAggregateFunction(max, UInt8)
)
ENGINE = AggregatingMergeTree
ORDER BY (model_version, order_id);

CREATE MATERIALIZED VIEW IF NOT EXISTS {{database}}.order_model_scores_mv TO {{database}}.order_model_scores AS
SELECT
    JSONExtractString(payload, 'model_version') AS model_version,
    aggregate_id AS order_id,
    occurred_at AS first_scored_at,
    toUInt8(JSONExtractString(payload, 'decision') IN ('review', 'block')) AS flagged
FROM {{database}}.events
WHERE event_type = 'risk.scored';

-- `fraud_decisions`: one row per `fraud_case.decided` (a case decided again counts again, by
-- decision time). Duplicate-safe because a redelivered event lands on the same sorting key (all
-- of it from the event) in the same monthly partition and collapses. Read with FINAL.
CREATE TABLE IF NOT EXISTS {{database}}.fraud_decisions
(
    event_id      UUID,
    case_id       UUID,
    decided_at    DateTime64(3, 'UTC'),
    model_version LowCardinality(String),
    decision      LowCardinality(String)
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(decided_at)
ORDER BY (decided_at, event_id);

CREATE MATERIALIZED VIEW IF NOT EXISTS {{database}}.fraud_decisions_mv TO {{database}}.fraud_decisions AS
SELECT
    event_id,
    aggregate_id AS case_id,
    occurred_at AS decided_at,
    JSONExtractString(payload, 'model_version') AS model_version,
    JSONExtractString(payload, 'decision') AS decision
FROM {{database}}.events
WHERE event_type = 'fraud_case.decided';

-- Backfill by replay, as in 0004_order_facts.
INSERT INTO {{database}}.events
SELECT * FROM {{database}}.events
WHERE event_type IN ('risk.scored', 'fraud_case.decided');
