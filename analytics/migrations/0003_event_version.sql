-- The catalogue version of each event's payload schema (analytics/src/catalogue), so a query can
-- parse a payload by the shape it was written with. Rows from before versions existed are version 1.
ALTER TABLE {{database}}.events ADD COLUMN IF NOT EXISTS event_version UInt16 DEFAULT 1 AFTER event_type;
