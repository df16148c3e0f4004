-- The stakeholders mentioned in a period: volume (canonical documents that mention them), mean
-- sentiment of those documents, and the trend: mentions in the last 7 days of the period
-- against the 7 days before. Same figures as counting v_doc_stakeholders (one count per document
-- and stakeholder), read from the daily aggregate daily_stakeholders (migration 004), so it
-- stays fast on large warehouses.
-- Parameters: $opgave, $start, $end (dates in Dutch time, inclusive).
SELECT
    stakeholder,
    CAST(sum(n) AS BIGINT) AS n,
    sum(sum_sentiment) / nullif(sum(n_sentiment), 0) AS mean_sentiment,
    CAST(coalesce(sum(n) FILTER (WHERE day > $end - INTERVAL 7 DAY), 0) AS BIGINT) AS n_last_7,
    CAST(coalesce(sum(n) FILTER (WHERE day <= $end - INTERVAL 7 DAY AND day > $end - INTERVAL 14 DAY), 0)
        AS BIGINT) AS n_prev_7,
    min(day) AS first_day,
    max(day) AS last_day
FROM daily_stakeholders
WHERE opgave = $opgave
  AND day BETWEEN $start AND $end
  AND n > 0
GROUP BY stakeholder
ORDER BY n DESC, stakeholder;
