-- Per day and target group: n, sum and sum of squares of sentiment, so the caller can compute
-- rolling means with an uncertainty band (standard error) over any window. The same documents
-- and sentiments as v_daily_appreciation: canonical, scored by the current model version; for
-- one topic, the sentiment about that topic when the model found one, else the document's.
-- Rows with target_group = 'alle' count every document once, with or without a group.
-- Reads the base tables (not v_documents) so it stays fast on large warehouses.
-- Parameters: $opgave, $topic (NULL = all topics), $start, $end (dates, inclusive).
WITH docs AS (
    SELECT
        d.doc_id,
        s.model_version,
        CAST(timezone('Europe/Amsterdam', d.published_at) AS DATE) AS day,
        s.sentiment
    FROM documents AS d
    JOIN v_model_versions AS m ON m.opgave = d.opgave
    JOIN scores AS s ON s.doc_id = d.doc_id AND s.model_version = m.model_version
    WHERE d.opgave = $opgave
      AND d.duplicate_of IS NULL
      AND s.scored
      AND d.published_at >= timezone('Europe/Amsterdam', CAST($start AS TIMESTAMP))
      AND d.published_at < timezone('Europe/Amsterdam', CAST($end AS TIMESTAMP) + INTERVAL 1 DAY)
),
selected AS (
    SELECT doc_id, model_version, day, sentiment FROM docs WHERE $topic IS NULL
    UNION ALL
    SELECT DISTINCT ON (docs.doc_id) docs.doc_id, docs.model_version, docs.day,
        coalesce(t.sentiment, docs.sentiment) AS sentiment
    FROM docs
    JOIN doc_topics AS t
      ON t.doc_id = docs.doc_id AND t.model_version = docs.model_version AND t.topic = $topic
),
grouped AS (
    SELECT DISTINCT sel.doc_id, sel.day, sel.sentiment, g.target_group
    FROM selected AS sel
    JOIN doc_groups AS g ON g.doc_id = sel.doc_id AND g.model_version = sel.model_version
)
SELECT day, 'alle' AS target_group, count(*) AS n, sum(sentiment) AS s, sum(sentiment * sentiment) AS s2
FROM selected
GROUP BY day
UNION ALL
SELECT day, target_group, count(*) AS n, sum(sentiment) AS s, sum(sentiment * sentiment) AS s2
FROM grouped
GROUP BY day, target_group
ORDER BY day, target_group;
