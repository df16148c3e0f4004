-- Documents of one opgave that have no score for the given model version yet (purged documents,
-- whose text is gone, are left out), oldest first.
SELECT d.doc_id, d.title, d.text, d.voice_of, d.language
FROM documents AS d
WHERE d.opgave = $opgave
  AND d.purged_at IS NULL
  AND NOT EXISTS (
      SELECT 1 FROM scores AS s WHERE s.doc_id = d.doc_id AND s.model_version = $model_version
  )
ORDER BY d.published_at, d.doc_id;
