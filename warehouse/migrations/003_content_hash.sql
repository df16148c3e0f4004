-- 003_content_hash: a document's identity and its content are two different things.
-- doc_id is now derived from (opgave, source, external_id) (warehouse.load.document_id), so the
-- same story carried by three outlets is stored three times and the copies can be linked to the
-- original through duplicate_of; content_hash (sha256 of opgave + normalised title + text,
-- warehouse.load.content_hash) keeps identical content recognisable. Older files used the
-- content hash as doc_id, which is carried over.
ALTER TABLE documents ADD COLUMN content_hash VARCHAR;
UPDATE documents SET content_hash = doc_id WHERE content_hash IS NULL;
