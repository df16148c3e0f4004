-- Rebuild the daily_sentiment_moments rows of one opgave ($opgave): per day, target group and
-- topic (with the 'alle' rollups) the number of documents n, the sum and the sum of squares of
-- their sentiment, so a reader can compute rolling means and their uncertainty band over any
-- window without touching the documents. The same documents and sentiments as
-- daily_appreciation: canonical (duplicate_of IS NULL), scored (scored = true) by the current
-- model version; on topic rows the document's aspect sentiment for that topic when present.
INSERT INTO daily_sentiment_moments (opgave, day, target_group, topic, n, sum_sentiment, sum_squares)
WITH current_model AS (
    SELECT value AS model_version FROM meta WHERE key = 'model_version:' || $opgave
),
base AS (
    SELECT d.doc_id, d.day, s.sentiment, s.model_version
    FROM documents AS d
    JOIN scores AS s ON s.doc_id = d.doc_id AND s.model_version = (SELECT model_version FROM current_model)
    WHERE d.opgave = $opgave AND d.duplicate_of IS NULL AND s.scored
),
doc_groups_cur AS (
    SELECT DISTINCT g.doc_id, g.target_group
    FROM doc_groups AS g
    JOIN base AS b ON b.doc_id = g.doc_id AND b.model_version = g.model_version
),
doc_topics_cur AS (
    SELECT t.doc_id, t.topic, avg(t.sentiment) AS topic_sentiment
    FROM doc_topics AS t
    JOIN base AS b ON b.doc_id = t.doc_id AND b.model_version = t.model_version
    GROUP BY t.doc_id, t.topic
),
per_topic AS (
    SELECT b.doc_id, b.day, 'alle' AS topic, b.sentiment AS value
    FROM base AS b
    UNION ALL
    SELECT b.doc_id, b.day, t.topic, coalesce(t.topic_sentiment, b.sentiment) AS value
    FROM base AS b
    JOIN doc_topics_cur AS t ON t.doc_id = b.doc_id
),
per_group AS (
    SELECT p.*, 'alle' AS target_group FROM per_topic AS p
    UNION ALL
    SELECT p.*, g.target_group FROM per_topic AS p JOIN doc_groups_cur AS g ON g.doc_id = p.doc_id
)
SELECT $opgave, day, target_group, topic, count(*), sum(value), sum(value * value)
FROM per_group
GROUP BY day, target_group, topic;
