-- Rebuild the daily_sentiment_moments rows of one opgave ($opgave): per day, target group and
-- topic (with the 'alle' rollups) the number of documents n, the sum and the sum of squares of
-- their sentiment, so a reader can compute rolling means and their uncertainty band over any
-- window without touching the documents. Counted from v_scored_topic_rows, like
-- daily_appreciation: the same documents and the same sentiment per topic.
INSERT INTO daily_sentiment_moments (opgave, day, target_group, topic, n, sum_sentiment, sum_squares)
SELECT $opgave, day, target_group, topic, count(*), sum(value), sum(value * value)
FROM v_scored_topic_rows
WHERE opgave = $opgave
GROUP BY day, target_group, topic;
