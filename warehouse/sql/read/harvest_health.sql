-- Per source: the latest harvest run, the latest successful one, failures in the last 7 runs,
-- and the documents it contributed. A source that never ran but has documents is listed too.
-- Parameters: $opgave.
WITH runs AS (
    SELECT *, row_number() OVER (PARTITION BY source ORDER BY started_at DESC) AS recency
    FROM v_harvest_runs
    WHERE opgave = $opgave
),
health AS (
    SELECT
        source,
        any_value(kind) FILTER (WHERE recency = 1) AS kind,
        max(started_at) AS last_run_at,
        any_value(status) FILTER (WHERE recency = 1) AS last_status,
        any_value(error) FILTER (WHERE recency = 1) AS last_error,
        any_value(items_new) FILTER (WHERE recency = 1) AS last_items_new,
        any_value(items_skipped) FILTER (WHERE recency = 1) AS last_items_skipped,
        max(finished_at) FILTER (WHERE status IN ('ok', 'not_modified')) AS last_ok_at,
        count(*) FILTER (WHERE status = 'failed' AND recency <= 7) AS failures_last_7_runs,
        count(*) AS runs
    FROM runs
    GROUP BY source
),
docs AS (
    SELECT source, count(*) AS n_documents, max(published_at) AS last_published_at
    FROM documents
    WHERE opgave = $opgave AND duplicate_of IS NULL
    GROUP BY source
)
SELECT
    coalesce(h.source, d.source) AS source,
    h.kind, h.last_run_at, h.last_status, h.last_ok_at, h.last_items_new, h.last_items_skipped,
    coalesce(h.failures_last_7_runs, 0) AS failures_last_7_runs, coalesce(h.runs, 0) AS runs,
    h.last_error, coalesce(d.n_documents, 0) AS n_documents, d.last_published_at
FROM health h
FULL OUTER JOIN docs d ON d.source = h.source
ORDER BY source;
