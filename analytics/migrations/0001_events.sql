-- Every outbox event, one row per event_id once merged. The relay ships at-least-once, so the
-- same event can arrive more than once; ReplacingMergeTree collapses rows with equal sorting
-- keys, and every part of this key is fixed when the event is written (an outbox row never
-- changes its type, time or id), so a redelivery always lands on the same key and in the same
-- monthly partition (dedup happens only within a partition). event_type and the day lead the
-- key because reports filter on one event type over a time range; event_id makes it unique.
-- Merges are eventual: queries read with FINAL (or group by event_id) to never double-count.
CREATE TABLE IF NOT EXISTS {{database}}.events
(
    event_id       UUID,
    event_type     LowCardinality(String),
    aggregate_type LowCardinality(String),
    aggregate_id   UUID,
    occurred_at    DateTime64(3, 'UTC'),
    payload        String CODEC(ZSTD(3)),
    -- Extracted once at insert so reports do not parse JSON. Absent fields read as 0, '' or the
    -- nil UUID; JSONExtract also accepts amounts sent as numeric strings.
    amount         Int64 MATERIALIZED JSONExtract(payload, 'amount', 'Int64'),
    currency       LowCardinality(String) MATERIALIZED JSONExtractString(payload, 'currency'),
    category       LowCardinality(String) MATERIALIZED JSONExtractString(payload, 'category'),
    seller_id      UUID MATERIALIZED toUUIDOrZero(JSONExtractString(payload, 'seller_id')),
    buyer_id       UUID MATERIALIZED toUUIDOrZero(JSONExtractString(payload, 'buyer_id')),
    ingested_at    DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(occurred_at)
ORDER BY (event_type, toDate(occurred_at), event_id);
