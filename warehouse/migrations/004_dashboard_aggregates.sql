-- 004_dashboard_aggregates: what the dashboard asks for on every page, kept ready so a page on a
-- warehouse of millions of documents still answers in well under a second.
-- daily_sentiment_moments: n, sum and sum of squares of sentiment per day, target group and topic
--   (same documents as daily_appreciation), so the trend band needs no scan of the documents.
-- daily_stakeholders: per day and stakeholder the documents that mention it and their sentiment.
-- stakeholder_candidates: names the NLP discovery found often in recent documents that are not in
--   the opgave's stakeholders: yet (flows.candidates.refresh_candidates replaces an opgave's rows).
-- warehouse.load.refresh_dashboard_aggregates rebuilds the first two after every scoring run; this
-- migration fills them once from what a warehouse already holds.

CREATE TABLE daily_sentiment_moments (
    opgave         VARCHAR NOT NULL,
    day            DATE NOT NULL,        -- calendar day of publication in Dutch time
    target_group   VARCHAR NOT NULL,     -- 'alle' = every document
    topic          VARCHAR NOT NULL,     -- 'alle' = every topic
    n              BIGINT NOT NULL,      -- documents
    sum_sentiment  DOUBLE,               -- sum of their sentiment
    sum_squares    DOUBLE,               -- sum of the squares of their sentiment
    PRIMARY KEY (opgave, day, target_group, topic)
);

CREATE TABLE daily_stakeholders (
    opgave         VARCHAR NOT NULL,
    day            DATE NOT NULL,
    stakeholder    VARCHAR NOT NULL,     -- stakeholder name as in the opgave YAML
    n              BIGINT NOT NULL,      -- canonical documents that mention it
    n_sentiment    BIGINT NOT NULL,      -- of which with a sentiment (not NULL)
    sum_sentiment  DOUBLE,
    PRIMARY KEY (opgave, day, stakeholder)
);

CREATE TABLE stakeholder_candidates (
    opgave         VARCHAR NOT NULL,
    name           VARCHAR NOT NULL,     -- the organisation, acronym or @handle as written
    count          BIGINT NOT NULL,      -- how often it was found in the documents looked at
    examples       JSON,                 -- a few short snippets around a mention
    first_seen     TIMESTAMPTZ,          -- publication time of the first document naming it
    last_seen      TIMESTAMPTZ,          -- and of the last one
    computed_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (opgave, name)
);

INSERT INTO daily_sentiment_moments (opgave, day, target_group, topic, n, sum_sentiment, sum_squares)
WITH current_model AS (
    SELECT substr(key, length('model_version:') + 1) AS opgave, value AS model_version
    FROM meta WHERE starts_with(key, 'model_version:')
),
base AS (
    SELECT d.opgave, d.doc_id, d.day, s.sentiment, s.model_version
    FROM documents AS d
    JOIN current_model AS m ON m.opgave = d.opgave
    JOIN scores AS s ON s.doc_id = d.doc_id AND s.model_version = m.model_version
    WHERE d.duplicate_of IS NULL AND s.scored
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
    SELECT b.opgave, b.doc_id, b.day, 'alle' AS topic, b.sentiment AS value
    FROM base AS b
    UNION ALL
    SELECT b.opgave, b.doc_id, b.day, t.topic, coalesce(t.topic_sentiment, b.sentiment) AS value
    FROM base AS b
    JOIN doc_topics_cur AS t ON t.doc_id = b.doc_id
),
per_group AS (
    SELECT p.*, 'alle' AS target_group FROM per_topic AS p
    UNION ALL
    SELECT p.*, g.target_group FROM per_topic AS p JOIN doc_groups_cur AS g ON g.doc_id = p.doc_id
)
SELECT opgave, day, target_group, topic, count(*), sum(value), sum(value * value)
FROM per_group
GROUP BY opgave, day, target_group, topic;

INSERT INTO daily_stakeholders (opgave, day, stakeholder, n, n_sentiment, sum_sentiment)
WITH current_model AS (
    SELECT substr(key, length('model_version:') + 1) AS opgave, value AS model_version
    FROM meta WHERE starts_with(key, 'model_version:')
),
mentions AS (
    SELECT d.opgave, d.day, unnest(s.stakeholders) AS stakeholder, s.sentiment
    FROM documents AS d
    JOIN current_model AS m ON m.opgave = d.opgave
    JOIN scores AS s ON s.doc_id = d.doc_id AND s.model_version = m.model_version
    WHERE d.duplicate_of IS NULL AND len(s.stakeholders) > 0
)
SELECT opgave, day, stakeholder, count(*), count(sentiment), sum(sentiment)
FROM mentions
GROUP BY opgave, day, stakeholder;
