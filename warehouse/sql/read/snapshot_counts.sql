-- How much the snapshot holds: canonical documents (duplicate_of IS NULL) and the days they span
-- (calendar days in Dutch time, as in v_documents.day).
-- Parameters: $opgave (NULL = every opgave in the file).
WITH span AS (
    SELECT count(*) AS n_documents, min(published_at) AS first_at, max(published_at) AS last_at
    FROM documents
    WHERE ($opgave IS NULL OR opgave = $opgave)
      AND duplicate_of IS NULL
)
SELECT
    n_documents,
    CAST(timezone('Europe/Amsterdam', first_at) AS DATE) AS first_day,
    CAST(timezone('Europe/Amsterdam', last_at) AS DATE) AS last_day
FROM span;
