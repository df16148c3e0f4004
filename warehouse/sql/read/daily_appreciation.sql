-- The materialised daily aggregate, filtered. 'alle' rows are the rollups over groups/topics.
-- Parameters: $opgave, $topic (NULL = every topic row incl. 'alle'), $target_group (NULL = every
-- group row incl. 'alle'), $start, $end (dates, inclusive).
SELECT day, target_group, topic, n, mean_sentiment, share_positive, share_negative
FROM v_daily_appreciation
WHERE opgave = $opgave
  AND ($topic IS NULL OR topic = $topic)
  AND ($target_group IS NULL OR target_group = $target_group)
  AND day BETWEEN $start AND $end
ORDER BY day, target_group, topic;
