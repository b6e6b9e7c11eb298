-- Title: Moderation throughput and time to decision
-- Question: Per kind of moderated item (listing, review, report, fraud case), how many entered a
--   staff queue in the window, how many of those are decided or still waiting, how long did the
--   first decision take (median, p90, in hours), and how many first decisions did staff make in
--   the window?
-- Params:
--   {from:DateTime64(3, 'UTC')} queue entries and first decisions at or after this instant
--   {to:DateTime64(3, 'UTC')} queue entries and first decisions before this instant
-- Notes: Entered = listing created or edited into review or held after a report, review flagged on
--   submission or by a report, report created, fraud case opened; auto-approved items never enter.
--   Decided, waiting and the hours follow the items that entered in the window, to today.
--   `first_decisions` is throughput: items whose first decision fell in the window, whenever they
--   entered (an undone and redone decision counts once). Median and p90 interpolate
--   (quantileExactInclusive). Reads `moderation_items` (one row per item; migration 0008).
SELECT
    item_type AS kind,
    countIf(entered) AS entered_items,
    countIf(entered AND is_decided) AS decided,
    countIf(entered AND NOT is_decided) AS waiting,
    round(quantileExactInclusiveIf(0.5)(hours, entered AND is_decided), 2) AS median_hours,
    round(quantileExactInclusiveIf(0.9)(hours, entered AND is_decided), 2) AS p90_hours,
    countIf(first_decided_at >= {from:DateTime64(3, 'UTC')} AND first_decided_at < {to:DateTime64(3, 'UTC')}) AS first_decisions
FROM
(
    SELECT
        item_type,
        first_decided_at,
        entered_at >= {from:DateTime64(3, 'UTC')} AND entered_at < {to:DateTime64(3, 'UTC')} AS entered,
        first_decided_at IS NOT NULL AS is_decided,
        -- Undecided items get 0 h, which the If-aggregates above skip.
        (toUnixTimestamp64Milli(ifNull(first_decided_at, entered_at)) - toUnixTimestamp64Milli(ifNull(entered_at, first_decided_at))) / 3600000 AS hours
    FROM {{database}}.moderation_items FINAL
    WHERE (entered_at >= {from:DateTime64(3, 'UTC')} AND entered_at < {to:DateTime64(3, 'UTC')})
       OR (first_decided_at >= {from:DateTime64(3, 'UTC')} AND first_decided_at < {to:DateTime64(3, 'UTC')})
)
GROUP BY kind
ORDER BY kind
