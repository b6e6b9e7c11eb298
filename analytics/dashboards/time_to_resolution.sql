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
--   Reads `case_timeline` (one row per dispute or case; migration 0007).
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
    SELECT
        multiIf(item_type = 'fraud_case', 'fraud_case', source = 'chargeback', 'chargeback', 'buyer_dispute') AS kind,
        resolved_at IS NOT NULL AS is_resolved,
        -- Unresolved items get 0 h, which the If-aggregates above skip.
        (toUnixTimestamp64Milli(ifNull(resolved_at, opened_at)) - toUnixTimestamp64Milli(assumeNotNull(opened_at))) / 3600000 AS hours
    FROM {{database}}.case_timeline FINAL
    WHERE opened_at >= {from:DateTime64(3, 'UTC')}
      AND opened_at < {to:DateTime64(3, 'UTC')}
)
GROUP BY kind
ORDER BY kind
