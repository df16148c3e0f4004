-- Names found often in recent documents that are not (yet) stakeholders of the opgave, most
-- frequent first, as the last discovery run (flows.candidates) left them.
--   name        organisation, acronym or @handle as written in the documents
--   count       how often it was found
--   examples    JSON list of short snippets around a mention
--   first_seen / last_seen   publication time of the first and last document that names it
--   computed_at when discovery ran
-- Parameters: $opgave.
SELECT name, count, examples, first_seen, last_seen, computed_at
FROM stakeholder_candidates
WHERE opgave = $opgave
ORDER BY count DESC, name;
