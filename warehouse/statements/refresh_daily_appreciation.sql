-- Rebuild the daily_appreciation rows of one opgave ($opgave) from canonical documents
-- (duplicate_of IS NULL) scored by the current model version (scored = true).
-- Topic rows use the document's aspect sentiment for that topic when present (positive above
-- +$band, negative below -$band), else the document's own sentiment and label. Rollups:
-- target_group 'alle' covers every document (with or without a group), topic 'alle' every topic.
INSERT INTO daily_appreciation
    (day, opgave, target_group, topic, n, mean_sentiment, share_positive, share_negative, model_version)
WITH base AS (
    SELECT
        d.doc_id,
        d.day,
        s.sentiment,
        s.label,
        s.model_version
    FROM documents AS d
    JOIN v_model_versions AS m ON m.opgave = d.opgave
    JOIN scores AS s ON s.doc_id = d.doc_id AND s.model_version = m.model_version
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
    SELECT b.doc_id, b.day, 'alle' AS topic, b.sentiment AS value, b.label, b.model_version
    FROM base AS b
    UNION ALL
    SELECT
        b.doc_id,
        b.day,
        t.topic,
        coalesce(t.topic_sentiment, b.sentiment) AS value,
        CASE
            WHEN t.topic_sentiment IS NULL THEN b.label
            WHEN t.topic_sentiment > $band THEN 'positive'
            WHEN t.topic_sentiment < -$band THEN 'negative'
            ELSE 'neutral'
        END AS label,
        b.model_version
    FROM base AS b
    JOIN doc_topics_cur AS t ON t.doc_id = b.doc_id
),
per_group AS (
    SELECT p.*, 'alle' AS target_group FROM per_topic AS p
    UNION ALL
    SELECT p.*, g.target_group FROM per_topic AS p JOIN doc_groups_cur AS g ON g.doc_id = p.doc_id
)
SELECT
    day,
    $opgave AS opgave,
    target_group,
    topic,
    count(*) AS n,
    avg(value) AS mean_sentiment,
    avg(CASE WHEN label = 'positive' THEN 1.0 ELSE 0.0 END) AS share_positive,
    avg(CASE WHEN label = 'negative' THEN 1.0 ELSE 0.0 END) AS share_negative,
    any_value(model_version) AS model_version
FROM per_group
GROUP BY day, target_group, topic;
