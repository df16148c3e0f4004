-- The daily aggregate in the shape warehouse.signals expects, read on the pipeline's own
-- (working) connection before publishing; the same rows warehouse.read.daily_appreciation gives.
-- Parameters: $opgave, $start, $end (dates, inclusive).
SELECT day, target_group, topic, n, mean_sentiment
FROM v_daily_appreciation
WHERE opgave = $opgave AND day BETWEEN $start AND $end
ORDER BY day, target_group, topic;
