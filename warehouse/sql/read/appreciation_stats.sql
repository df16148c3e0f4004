-- Per day and target group: n, sum and sum of squares of sentiment, so the caller can compute
-- rolling means with an uncertainty band (standard error) over any window. The same documents
-- and sentiments as v_daily_appreciation: canonical, scored by the current model version; for
-- one topic, the sentiment about that topic when the model found one, else the document's.
-- Rows with target_group = 'alle' count every document once, with or without a group.
-- Reads the aggregate daily_sentiment_moments (migration 004, rebuilt with daily_appreciation),
-- so it reads a few hundred rows whatever the size of the warehouse.
-- Parameters: $opgave, $topic (NULL = all topics), $start, $end (dates, inclusive).
SELECT day, target_group, n, sum_sentiment AS s, sum_squares AS s2
FROM daily_sentiment_moments
WHERE opgave = $opgave
  AND topic = coalesce($topic, 'alle')
  AND day BETWEEN $start AND $end
ORDER BY day, target_group;
