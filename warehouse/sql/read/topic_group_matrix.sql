-- Mean sentiment and volume per topic x target group over a period (incl. the 'alle' totals),
-- pooled from the daily aggregate: each day's mean is weighted by its n.
-- Parameters: $opgave, $start, $end (dates, inclusive).
SELECT
    topic,
    target_group,
    sum(n) AS n,
    sum(n * mean_sentiment) / sum(n) AS mean_sentiment,
    sum(n * share_positive) / sum(n) AS share_positive,
    sum(n * share_negative) / sum(n) AS share_negative
FROM v_daily_appreciation
WHERE opgave = $opgave
  AND day BETWEEN $start AND $end
  AND n > 0
GROUP BY topic, target_group
ORDER BY topic, target_group;
