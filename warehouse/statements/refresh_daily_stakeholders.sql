-- Rebuild the daily_stakeholders rows of one opgave ($opgave): per day and stakeholder the
-- canonical documents (duplicate_of IS NULL) that mention it according to the current model
-- version, with the sum of their sentiment. A document counts once per stakeholder however often
-- it names it; documents that could not be scored count in n (sentiment 0) as in v_doc_stakeholders.
INSERT INTO daily_stakeholders (opgave, day, stakeholder, n, n_sentiment, sum_sentiment)
WITH current_model AS (
    SELECT value AS model_version FROM meta WHERE key = 'model_version:' || $opgave
),
mentions AS (
    SELECT d.day, unnest(s.stakeholders) AS stakeholder, s.sentiment
    FROM documents AS d
    JOIN scores AS s ON s.doc_id = d.doc_id AND s.model_version = (SELECT model_version FROM current_model)
    WHERE d.opgave = $opgave AND d.duplicate_of IS NULL AND len(s.stakeholders) > 0
)
SELECT $opgave, day, stakeholder, count(*), count(sentiment), sum(sentiment)
FROM mentions
GROUP BY day, stakeholder;
