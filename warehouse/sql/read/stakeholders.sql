-- The stakeholders mentioned in a period: volume (canonical documents that mention them), mean
-- sentiment of those documents, and the trend: mentions in the last 7 days of the period
-- against the 7 days before. Same rows as v_doc_stakeholders, read from the base tables with the
-- period applied first, so it stays fast on large warehouses.
-- Parameters: $opgave, $start, $end (dates in Dutch time, inclusive).
WITH docs AS (
    SELECT d.doc_id, CAST(timezone('Europe/Amsterdam', d.published_at) AS DATE) AS day, s.sentiment,
           s.model_version
    FROM documents AS d
    JOIN v_model_versions AS m ON m.opgave = d.opgave
    JOIN scores AS s ON s.doc_id = d.doc_id AND s.model_version = m.model_version
    WHERE d.opgave = $opgave
      AND d.duplicate_of IS NULL
      AND d.published_at >= timezone('Europe/Amsterdam', CAST($start AS TIMESTAMP))
      AND d.published_at < timezone('Europe/Amsterdam', CAST($end AS TIMESTAMP) + INTERVAL 1 DAY)
),
mentions AS (
    SELECT DISTINCT docs.doc_id, k.stakeholder, docs.day, docs.sentiment
    FROM docs
    JOIN doc_stakeholders AS k ON k.doc_id = docs.doc_id AND k.model_version = docs.model_version
)
SELECT
    stakeholder,
    count(*) AS n,
    avg(sentiment) AS mean_sentiment,
    count(*) FILTER (WHERE day > $end - INTERVAL 7 DAY) AS n_last_7,
    count(*) FILTER (WHERE day <= $end - INTERVAL 7 DAY AND day > $end - INTERVAL 14 DAY) AS n_prev_7,
    min(day) AS first_day,
    max(day) AS last_day
FROM mentions
GROUP BY stakeholder
ORDER BY n DESC, stakeholder;
