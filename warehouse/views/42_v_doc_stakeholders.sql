-- v_doc_stakeholders: stakeholders (organisations, offices, public persons from the gazetteer)
-- mentioned in a document (current model version); one row per mention.
--   doc_id         the document (join with v_documents)
--   opgave         name of the policy issue
--   day            calendar day of publication in Dutch time (Europe/Amsterdam)
--   stakeholder    stakeholder name as in the opgave YAML
--   mention        the words as they appear in the text (an alias or handle)
--   sentiment      appreciation of the whole document (-1..1)
--   label          positive, negative or neutral
--   model_version  NLP model version that produced the score
--   duplicate_of   doc_id of the original when this document is a copy, else NULL
CREATE OR REPLACE VIEW v_doc_stakeholders AS
SELECT
    k.doc_id,
    d.opgave,
    d.day,
    k.stakeholder,
    k.mention,
    s.sentiment,
    s.label,
    k.model_version,
    d.duplicate_of
FROM doc_stakeholders AS k
JOIN documents AS d ON d.doc_id = k.doc_id
JOIN v_model_versions AS m ON m.opgave = d.opgave AND m.model_version = k.model_version
JOIN scores AS s ON s.doc_id = k.doc_id AND s.model_version = k.model_version;
