-- v_doc_groups: why a document was assigned to a target group (current model version); one row
-- per piece of evidence, so a document can appear more than once for the same group.
--   doc_id         the document (join with v_documents)
--   opgave         name of the policy issue
--   day            calendar day of publication in Dutch time (Europe/Amsterdam)
--   target_group   target group name from the opgave YAML
--   rule           how it was found: source (the source speaks for the group), self (the author
--                  says "als boer ..."), subject (the group does something), mention (named only)
--   evidence       the words in the text that show it
--   sentiment      appreciation of the whole document (-1..1)
--   label          positive, negative or neutral
--   model_version  NLP model version that produced the score
--   duplicate_of   doc_id of the original when this document is a copy, else NULL
CREATE OR REPLACE VIEW v_doc_groups AS
SELECT
    g.doc_id,
    d.opgave,
    d.day,
    g.target_group,
    g.rule,
    g.evidence,
    s.sentiment,
    s.label,
    g.model_version,
    d.duplicate_of
FROM doc_groups AS g
JOIN documents AS d ON d.doc_id = g.doc_id
JOIN v_model_versions AS m ON m.opgave = d.opgave AND m.model_version = g.model_version
JOIN scores AS s ON s.doc_id = g.doc_id AND s.model_version = g.model_version;
