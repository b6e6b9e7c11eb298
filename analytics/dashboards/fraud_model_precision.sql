-- Title: Fraud-flag rate and precision by model version
-- Question: Per risk-model version, what share of scored orders did it flag (review or block),
--   and of the fraud cases it raised that staff decided, what share was confirmed fraud?
-- Params:
--   {from:DateTime64(3, 'UTC')} scores and decisions at or after this instant
--   {to:DateTime64(3, 'UTC')} scores and decisions before this instant
-- Notes: Flag rate counts distinct orders from `risk.scored` (a retried payment is rescored; an
--   order counts as flagged if any of its scores was review or block). Precision =
--   confirmed_fraud / decided_cases from `fraud_case.decided` (decision confirm_fraud or clear),
--   by decision time and the case's model_version. Blocked payments never open a case, so precision
--   covers the review band only and says nothing about blocks; recall is not measurable here.
--   A score or case without a model version (rules only) shows as '(none)'.
--   Reads `fraud_signals` (one row per score or decision; migration 0006).
SELECT
    if(version = '', '(none)', version) AS model_version,
    uniqExactIf(subject_id, event_type = 'risk.scored') AS scored_orders,
    uniqExactIf(subject_id, event_type = 'risk.scored' AND decision IN ('review', 'block')) AS flagged_orders,
    round(flagged_orders / nullIf(scored_orders, 0), 4) AS flag_rate,
    countIf(event_type = 'fraud_case.decided') AS decided_cases,
    countIf(event_type = 'fraud_case.decided' AND decision = 'confirm_fraud') AS confirmed_fraud,
    round(confirmed_fraud / nullIf(decided_cases, 0), 4) AS precision
FROM
(
    SELECT event_type, subject_id, model_version AS version, decision
    FROM {{database}}.fraud_signals FINAL
    WHERE event_type IN ('risk.scored', 'fraud_case.decided')
      AND occurred_at >= {from:DateTime64(3, 'UTC')}
      AND occurred_at < {to:DateTime64(3, 'UTC')}
)
GROUP BY version
ORDER BY model_version
