-- Title: Time to resolution for disputes and fraud cases
-- Question: For buyer disputes, chargebacks and fraud cases opened in the window, how many are
--   resolved, how many still open, and how long did resolution take (median, p90, mean, in hours)?
-- Params:
--   {from:DateTime64(3, 'UTC')} opened at or after this instant
--   {to:DateTime64(3, 'UTC')} opened before this instant
-- Notes: Opened = `dispute.opened` / `fraud_case.opened`. Resolved = `dispute.resolved` (buyer
--   disputes), the first `dispute.opened`/`dispute.updated` with status won or lost (chargebacks;
--   one first seen as won resolves in 0 h), `fraud_case.decided` (cases). Durations cover resolved
--   items only; median and p90 interpolate between the two nearest values (quantileExactInclusive).
--   A case with no `fraud_case.opened` event (none yet from stream scoring) is not counted.
WITH items AS
(
    SELECT
        aggregate_id,
        multiIf(
            aggregate_type = 'fraud_case', 'fraud_case',
            anyIf(JSONExtractString(payload, 'source'), event_type = 'dispute.opened') = 'chargeback', 'chargeback',
            'buyer_dispute'
        ) AS kind,
        minIf(occurred_at, event_type IN ('dispute.opened', 'fraud_case.opened')) AS opened_at,
        countIf(
            event_type IN ('dispute.resolved', 'fraud_case.decided')
            OR (event_type IN ('dispute.opened', 'dispute.updated') AND JSONExtractString(payload, 'status') IN ('won', 'lost'))
        ) > 0 AS is_resolved,
        minIf(occurred_at,
            event_type IN ('dispute.resolved', 'fraud_case.decided')
            OR (event_type IN ('dispute.opened', 'dispute.updated') AND JSONExtractString(payload, 'status') IN ('won', 'lost'))
        ) AS resolved_at
    FROM {{database}}.events FINAL
    WHERE event_type IN ('dispute.opened', 'dispute.updated', 'dispute.resolved', 'fraud_case.opened', 'fraud_case.decided')
      -- Nothing about an item opened in the window happens before the window.
      AND occurred_at >= {from:DateTime64(3, 'UTC')}
    GROUP BY aggregate_id, aggregate_type
    HAVING countIf(event_type IN ('dispute.opened', 'fraud_case.opened')) > 0
       AND opened_at >= {from:DateTime64(3, 'UTC')}
       AND opened_at < {to:DateTime64(3, 'UTC')}
)
SELECT
    kind,
    count() AS opened,
    countIf(is_resolved) AS resolved,
    countIf(NOT is_resolved) AS still_open,
    round(quantileExactInclusiveIf(0.5)(hours, is_resolved), 2) AS median_hours,
    round(quantileExactInclusiveIf(0.9)(hours, is_resolved), 2) AS p90_hours,
    round(avgIf(hours, is_resolved), 2) AS mean_hours
FROM
(
    SELECT kind, is_resolved, (toUnixTimestamp64Milli(resolved_at) - toUnixTimestamp64Milli(opened_at)) / 3600000 AS hours
    FROM items
)
GROUP BY kind
ORDER BY kind
