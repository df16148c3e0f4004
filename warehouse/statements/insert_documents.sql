-- Insert the registered batch `incoming_documents` (with an input order column row_nr), keeping
-- only rows whose doc_id and whose (opgave, source, external_id) are both new, and only the first
-- row of the batch for either key: loading the same batch twice adds nothing. The checks run on
-- the key columns only; the wide rows (text, raw) are read once, for the rows that are kept.
INSERT INTO documents BY NAME
WITH keys AS (
    SELECT row_nr, doc_id, opgave, source, external_id FROM incoming_documents
),
fresh AS (
    SELECT k.*
    FROM keys AS k
    ANTI JOIN documents AS d ON d.doc_id = k.doc_id
    ANTI JOIN documents AS e ON e.opgave = k.opgave AND e.source = k.source AND e.external_id = k.external_id
),
first_by_id AS (
    SELECT min(row_nr) AS row_nr FROM fresh GROUP BY doc_id
),
keep AS (
    SELECT min(f.row_nr) AS row_nr
    FROM fresh AS f
    SEMI JOIN first_by_id AS i ON i.row_nr = f.row_nr
    GROUP BY f.opgave, f.source, f.external_id
)
SELECT
    i.* EXCLUDE (row_nr),
    CAST(timezone('Europe/Amsterdam', i.published_at) AS DATE) AS day
FROM incoming_documents AS i
SEMI JOIN keep AS k ON k.row_nr = i.row_nr;
