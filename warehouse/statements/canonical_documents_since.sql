-- Canonical (not duplicate, not purged) documents of one opgave published since a moment:
-- the stored side of near-duplicate detection for a new harvest.
SELECT d.doc_id, d.title, d.text, d.published_at
FROM documents AS d
WHERE d.opgave = $opgave
  AND d.duplicate_of IS NULL
  AND d.purged_at IS NULL
  AND d.published_at >= $since
ORDER BY d.published_at, d.doc_id;
