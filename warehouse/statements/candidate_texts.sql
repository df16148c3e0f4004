-- The recent canonical documents of one opgave whose text is still there (not purged): what
-- stakeholder discovery reads. "Recent" = published in the $days days up to the newest document
-- of the opgave, so a warehouse that stopped harvesting still gets candidates. Oldest first.
WITH newest AS (
    SELECT max(published_at) AS newest_at FROM documents WHERE opgave = $opgave AND duplicate_of IS NULL
)
SELECT d.doc_id, d.title, d.text, d.published_at
FROM documents AS d
WHERE d.opgave = $opgave
  AND d.duplicate_of IS NULL
  AND d.purged_at IS NULL
  AND d.published_at > (SELECT newest_at FROM newest) - to_days(CAST($days AS INTEGER))
ORDER BY d.published_at, d.doc_id;
