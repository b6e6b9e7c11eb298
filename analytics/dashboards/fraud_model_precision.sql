-- Title: Fraud-flag rate and precision by model version
-- Question: Per risk-model version, what share of scored orders did it flag (review or block),
--   and of the fraud cases it raised that staff decided, what share was confirmed fraud?
-- Params:
--   {from:DateTime64(3, 'UTC')} scores and decisions at or after this instant
--   {to:DateTime64(3, 'UTC')} scores and decisions before this instant
-- Notes: Flag rate counts distinct orders from `risk.scored`, each in the window of its first score by
--   that version (a retried payment is rescored; an order counts as flagged if any of its scores by
--   that version was review or block). Precision =
--   confirmed_fraud / decided_cases from `fraud_case.decided` (decision confirm_fraud or clear),
--   by decision time and the case's model_version. Blocked payments never open a case, so precision
--   covers the review band only and says nothing about blocks; recall is not measurable here.
--   A score or case without a model version (rules only) shows as '(none)'.
--   Reads `order_model_scores` (one row per order and version) and `fraud_decisions` (migration 0006).
SELECT
    if(version = '', '(none)', version) AS model_version,
    sum(scored) AS scored_orders,
    sum(flagged_scored) AS flagged_orders,
    round(flagged_orders / nullIf(scored_orders, 0), 4) AS flag_rate,
    sum(decided) AS decided_cases,
    sum(confirmed) AS confirmed_fraud,
    round(confirmed_fraud / nullIf(decided_cases, 0), 4) AS precision
FROM
(
    SELECT model_version AS version, count() AS scored, countIf(flagged = 1) AS flagged_scored, 0 AS decided, 0 AS confirmed
    FROM {{database}}.order_model_scores FINAL
    WHERE first_scored_at >= {from:DateTime64(3, 'UTC')}
      AND first_scored_at < {to:DateTime64(3, 'UTC')}
    GROUP BY version
    UNION ALL
    SELECT model_version AS version, 0, 0, count(), countIf(decision = 'confirm_fraud')
    FROM {{database}}.fraud_decisions FINAL
    WHERE decided_at >= {from:DateTime64(3, 'UTC')}
      AND decided_at < {to:DateTime64(3, 'UTC')}
    GROUP BY version
)
GROUP BY version
ORDER BY model_version
