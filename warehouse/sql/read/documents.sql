-- Canonical documents, newest first, with every filter optional (NULL = no filter); the same
-- rows and columns as v_documents (scores of the current model version). $search matches
-- case-insensitively anywhere in the title or text (plain text, no wildcards).
-- Reads the base tables: first the documents of the period (documents.day is the publication day
-- in Dutch time, stored at load, so whole blocks of other days are skipped), then their current
-- scores, filtering on the topic/group lists that scores keeps beside doc_topics/doc_groups; so
-- it stays fast on large warehouses.
-- Parameters: $opgave, $start, $end (dates in Dutch time, inclusive), $topic, $target_group,
-- $source, $label, $language, $search, $limit.
WITH cur AS (
    SELECT model_version FROM v_model_versions WHERE opgave = $opgave
),
docs AS (
    SELECT d.doc_id, d.published_at, d.day, d.source, d.kind, d.title, d.text, d.url, d.language
    FROM documents AS d
    WHERE d.opgave = $opgave
      AND d.duplicate_of IS NULL
      AND d.day BETWEEN coalesce($start, DATE '1900-01-01') AND coalesce($end, DATE '9999-12-31')
      AND ($source IS NULL OR d.source = $source)
      AND ($search IS NULL
           OR contains(lower(coalesce(d.title, '') || ' ' || coalesce(d.text, '')), lower($search)))
),
picked AS (
    SELECT
        d.doc_id, d.published_at, d.day, d.source, d.kind, d.title, d.text, d.url,
        coalesce(s.language, d.language) AS language,
        s.model_version, s.sentiment, s.label, s.scored, s.explanation,
        s.topics, s.target_groups, s.stakeholders
    FROM docs AS d
    LEFT JOIN scores AS s ON s.doc_id = d.doc_id AND s.model_version = (SELECT model_version FROM cur)
    WHERE ($label IS NULL OR s.label = $label)
      AND ($language IS NULL OR coalesce(s.language, d.language, 'und') = $language)
      AND ($topic IS NULL OR list_contains(s.topics, $topic))
      AND ($target_group IS NULL OR list_contains(s.target_groups, $target_group))
    ORDER BY d.published_at DESC, d.doc_id
    LIMIT $limit
)
SELECT
    doc_id, published_at, day, source, kind, title, text, url, language, sentiment, label, scored,
    CASE WHEN model_version IS NULL THEN NULL ELSE coalesce(topics, []::VARCHAR[]) END AS topics,
    CASE WHEN model_version IS NULL THEN NULL ELSE coalesce(target_groups, []::VARCHAR[]) END
        AS target_groups,
    CASE WHEN model_version IS NULL THEN NULL ELSE coalesce(stakeholders, []::VARCHAR[]) END
        AS stakeholders,
    explanation
FROM picked
ORDER BY published_at DESC, doc_id;
