-- Sales per hour by currency, category and seller country.
-- `paid_sales` holds one row per `order.paid` event, sorted by its hour, currency and category, so
-- an hourly roll-up reads a contiguous range of narrow columns without parsing JSON. It stays
-- per event rather than pre-summed per hour because a sum is not duplicate-safe: the relay is
-- at-least-once and a view fires on every insert, so a redelivered event would be added twice.
-- Here a redelivery lands on the same sorting key (all of it comes from the event) in the same
-- monthly partition and collapses; queries read FINAL and sum at read time.
CREATE TABLE IF NOT EXISTS {{database}}.paid_sales
(
    event_id   UUID,
    order_id   UUID,
    paid_at    DateTime64(3, 'UTC'),
    seller_id  UUID,
    currency   LowCardinality(String),
    category   LowCardinality(String),
    amount     Int64,
    fee_amount Int64
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(paid_at)
ORDER BY (toStartOfHour(paid_at), currency, category, event_id);

CREATE MATERIALIZED VIEW IF NOT EXISTS {{database}}.paid_sales_mv TO {{database}}.paid_sales AS
SELECT event_id, aggregate_id AS order_id, occurred_at AS paid_at, seller_id, currency, category, amount, fee_amount
FROM {{database}}.events
WHERE event_type = 'order.paid';

-- A seller's country is that of their payout account (the IBAN's), from the latest
-- `user.payout_details_changed`; orders do not carry it. Keyed by user with the change time as
-- version, so a redelivered change replaces itself; readers take argMax(country, changed_at).
CREATE TABLE IF NOT EXISTS {{database}}.seller_countries
(
    user_id    UUID,
    country    LowCardinality(String),
    changed_at DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(changed_at)
ORDER BY user_id;

CREATE MATERIALIZED VIEW IF NOT EXISTS {{database}}.seller_countries_mv TO {{database}}.seller_countries AS
SELECT aggregate_id AS user_id, JSONExtractString(payload, 'country') AS country, occurred_at AS changed_at
FROM {{database}}.events
WHERE event_type = 'user.payout_details_changed';

-- The hourly roll-up itself: the country is joined at read time, so a seller who moves their
-- payout account is reported under their current country ('' when they have none on record).
CREATE VIEW IF NOT EXISTS {{database}}.sales_hourly AS
SELECT
    toStartOfHour(s.paid_at) AS hour,
    s.currency AS currency,
    s.category AS category,
    c.country AS seller_country,
    count() AS orders,
    sum(s.amount) AS gmv,
    sum(s.fee_amount) AS fees
FROM {{database}}.paid_sales AS s FINAL
LEFT JOIN
(
    SELECT user_id, argMax(country, changed_at) AS country
    FROM {{database}}.seller_countries
    GROUP BY user_id
) AS c ON c.user_id = s.seller_id
GROUP BY hour, currency, category, seller_country;

-- Backfill by replay, as in 0004_order_facts.
INSERT INTO {{database}}.events
SELECT * FROM {{database}}.events
WHERE event_type IN ('order.paid', 'user.payout_details_changed');
