-- v_scored_topic_rows: the rows every appreciation figure is counted from (the pipeline's
-- daily_appreciation and daily_sentiment_moments are aggregates of it). One row per canonical
-- document (duplicate_of IS NULL) that the current model version could score (scored = true),
-- per topic of the document plus topic 'alle', per target group of the document plus group
-- 'alle'. A document in two groups or about two topics appears in each of them.
--   opgave           name of the policy issue
--   doc_id           the document
--   day              calendar day of publication in Dutch time (Europe/Amsterdam)
--   topic            a topic of the document, or 'alle' (every document, whatever its topics)
--   value            the sentiment counted: on a topic row the document's sentiment about that
--                    topic when the model found one, else the sentiment of the whole document
--   topic_sentiment  that sentiment about the topic (NULL on 'alle' rows and when none was found)
--   label            the label of the whole document (positive / negative / neutral)
--   model_version    the current model version of the opgave (see v_model_versions)
--   target_group     a target group of the document, or 'alle' (every document, with or without one)
CREATE OR REPLACE VIEW v_scored_topic_rows AS
WITH base AS NOT MATERIALIZED (
    SELECT d.opgave, d.doc_id, d.day, s.sentiment, s.label, s.model_version
    FROM documents AS d
    JOIN v_model_versions AS m ON m.opgave = d.opgave
    JOIN scores AS s ON s.doc_id = d.doc_id AND s.model_version = m.model_version
    WHERE d.duplicate_of IS NULL AND s.scored
),
doc_groups_cur AS NOT MATERIALIZED (
    SELECT DISTINCT g.doc_id, g.target_group
    FROM doc_groups AS g
    JOIN base AS b ON b.doc_id = g.doc_id AND b.model_version = g.model_version
),
doc_topics_cur AS NOT MATERIALIZED (
    SELECT t.doc_id, t.topic, avg(t.sentiment) AS topic_sentiment
    FROM doc_topics AS t
    JOIN base AS b ON b.doc_id = t.doc_id AND b.model_version = t.model_version
    GROUP BY t.doc_id, t.topic
),
per_topic AS NOT MATERIALIZED (
    SELECT
        b.opgave, b.doc_id, b.day, 'alle' AS topic, b.sentiment AS value,
        CAST(NULL AS DOUBLE) AS topic_sentiment, b.label, b.model_version
    FROM base AS b
    UNION ALL
    SELECT
        b.opgave, b.doc_id, b.day, t.topic, coalesce(t.topic_sentiment, b.sentiment) AS value,
        t.topic_sentiment, b.label, b.model_version
    FROM base AS b
    JOIN doc_topics_cur AS t ON t.doc_id = b.doc_id
)
SELECT p.*, 'alle' AS target_group FROM per_topic AS p
UNION ALL
SELECT p.*, g.target_group FROM per_topic AS p JOIN doc_groups_cur AS g ON g.doc_id = p.doc_id;
