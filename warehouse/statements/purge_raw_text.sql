-- Blank the text and raw payload of one opgave's documents published before $cutoff.
-- Title, url, author, scores and aggregates stay; purged_at records when it happened.
UPDATE documents
SET text = '', raw = NULL, purged_at = $now
WHERE opgave = $opgave
  AND published_at < $cutoff
  AND purged_at IS NULL;
