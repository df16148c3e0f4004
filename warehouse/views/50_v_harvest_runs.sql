-- v_harvest_runs: one row per source per pipeline run: did harvesting work, and what came in?
--   run_id         id shared by all sources of one pipeline run
--   opgave         name of the policy issue
--   source         source name from the opgave YAML
--   kind           kind of source: rss, reddit, tweedekamer, json, cbs
--   started_at     when harvesting this source started
--   finished_at    when it finished
--   duration_s     seconds it took
--   status         ok, not_modified (nothing new; nothing transferred), failed, skipped
--   items_new      documents added to the warehouse
--   items_seen     documents that were already there (not added again)
--   items_skipped  malformed items that were left out (the reason is in error or the logs)
--   bytes          bytes received from the source
--   error          why the source failed or was skipped, else NULL
CREATE OR REPLACE VIEW v_harvest_runs AS
SELECT
    run_id,
    opgave,
    source,
    kind,
    started_at,
    finished_at,
    epoch(finished_at) - epoch(started_at) AS duration_s,
    status,
    items_new,
    items_seen,
    items_skipped,
    bytes,
    error
FROM harvest_runs;
