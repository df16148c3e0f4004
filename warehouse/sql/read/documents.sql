-- Canonical documents, newest first, with every filter optional (NULL = no filter); the same
-- rows and columns as v_documents (scores of the current model version). $search matches
-- case-insensitively anywhere in the title or text (plain text, no wildcards).
-- Reads the base tables and builds the topic/group/stakeholder lists only for the documents it
-- returns, so it stays fast on large warehouses.
-- Parameters: $opgave, $start, $end (dates in Dutch time, inclusive), $topic, $target_group,
-- $source, $label, $language, $search, $limit.
WITH cur AS (
    SELECT model_version FROM v_model_versions WHERE opgave = $opgave
),
picked AS (
    SELECT
        d.doc_id, d.published_at, d.source, d.kind, d.title, d.text, d.url,
        coalesce(s.language, d.language) AS language,
        s.model_version, s.sentiment, s.label, s.scored, s.explanation
    FROM documents AS d
    LEFT JOIN scores AS s ON s.doc_id = d.doc_id AND s.model_version = (SELECT model_version FROM cur)
    WHERE d.opgave = $opgave
      AND d.duplicate_of IS NULL
      AND ($start IS NULL OR d.published_at >= timezone('Europe/Amsterdam', CAST($start AS TIMESTAMP)))
      AND ($end IS NULL
           OR d.published_at < timezone('Europe/Amsterdam', CAST($end AS TIMESTAMP) + INTERVAL 1 DAY))
      AND ($source IS NULL OR d.source = $source)
      AND ($label IS NULL OR s.label = $label)
      AND ($language IS NULL OR coalesce(s.language, d.language, 'und') = $language)
      AND ($topic IS NULL OR d.doc_id IN (
            SELECT doc_id FROM doc_topics
            WHERE topic = $topic AND model_version = (SELECT model_version FROM cur)))
      AND ($target_group IS NULL OR d.doc_id IN (
            SELECT doc_id FROM doc_groups
            WHERE target_group = $target_group AND model_version = (SELECT model_version FROM cur)))
      AND ($search IS NULL
           OR contains(lower(coalesce(d.title, '') || ' ' || coalesce(d.text, '')), lower($search)))
    ORDER BY d.published_at DESC, d.doc_id
    LIMIT $limit
),
topic_lists AS (
    SELECT t.doc_id, list(DISTINCT t.topic ORDER BY t.topic) AS topics
    FROM doc_topics AS t JOIN picked AS p ON p.doc_id = t.doc_id AND p.model_version = t.model_version
    GROUP BY t.doc_id
),
group_lists AS (
    SELECT g.doc_id, list(DISTINCT g.target_group ORDER BY g.target_group) AS target_groups
    FROM doc_groups AS g JOIN picked AS p ON p.doc_id = g.doc_id AND p.model_version = g.model_version
    GROUP BY g.doc_id
),
stakeholder_lists AS (
    SELECT k.doc_id, list(DISTINCT k.stakeholder ORDER BY k.stakeholder) AS stakeholders
    FROM doc_stakeholders AS k JOIN picked AS p ON p.doc_id = k.doc_id AND p.model_version = k.model_version
    GROUP BY k.doc_id
)
SELECT
    p.doc_id, p.published_at, CAST(timezone('Europe/Amsterdam', p.published_at) AS DATE) AS day,
    p.source, p.kind, p.title, p.text, p.url, p.language, p.sentiment, p.label, p.scored,
    CASE WHEN p.model_version IS NULL THEN NULL ELSE coalesce(tl.topics, []::VARCHAR[]) END AS topics,
    CASE WHEN p.model_version IS NULL THEN NULL ELSE coalesce(gl.target_groups, []::VARCHAR[]) END
        AS target_groups,
    CASE WHEN p.model_version IS NULL THEN NULL ELSE coalesce(sl.stakeholders, []::VARCHAR[]) END
        AS stakeholders,
    p.explanation
FROM picked AS p
LEFT JOIN topic_lists AS tl ON tl.doc_id = p.doc_id
LEFT JOIN group_lists AS gl ON gl.doc_id = p.doc_id
LEFT JOIN stakeholder_lists AS sl ON sl.doc_id = p.doc_id
ORDER BY p.published_at DESC, p.doc_id;
