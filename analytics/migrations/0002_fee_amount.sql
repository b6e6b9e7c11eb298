-- The platform fee of `order.paid`, extracted once at insert like `amount`: take-rate and seller
-- dashboards read it on millions of rows, and parsing the JSON per row made them several times
-- slower than a scan (bench:dashboards). Rows written before this migration compute it on read.
ALTER TABLE {{database}}.events
    ADD COLUMN IF NOT EXISTS fee_amount Int64 MATERIALIZED JSONExtract(payload, 'fee_amount', 'Int64') AFTER amount;
