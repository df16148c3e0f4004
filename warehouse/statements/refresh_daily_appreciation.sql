-- Rebuild the daily_appreciation rows of one opgave ($opgave) from v_scored_topic_rows: canonical
-- documents (duplicate_of IS NULL) scored by the current model version (scored = true), with the
-- 'alle' rollups of target group and topic. On topic rows a document counts as positive above
-- +$band and negative below -$band of its sentiment about that topic, when the model found one;
-- otherwise (and on 'alle' topic rows) the document's own label counts.
INSERT INTO daily_appreciation
    (day, opgave, target_group, topic, n, mean_sentiment, share_positive, share_negative, model_version)
WITH counted AS (
    SELECT
        day,
        target_group,
        topic,
        value,
        CASE
            WHEN topic_sentiment IS NULL THEN label
            WHEN topic_sentiment > $band THEN 'positive'
            WHEN topic_sentiment < -$band THEN 'negative'
            ELSE 'neutral'
        END AS label,
        model_version
    FROM v_scored_topic_rows
    WHERE opgave = $opgave
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
FROM counted
GROUP BY day, target_group, topic;
