-- v_doc_topics: one row per document and topic it is about (current model version).
--   doc_id         the document (join with v_documents)
--   opgave         name of the policy issue
--   day            calendar day of publication in Dutch time (Europe/Amsterdam)
--   topic          topic name from the opgave YAML
--   sentiment      appreciation of this topic in the document (-1..1), from the sentences that
--                  name the topic; NULL when those sentences carry no sentiment words
--   doc_sentiment  appreciation of the whole document (-1..1)
--   label          label of the whole document: positive, negative or neutral
--   model_version  NLP model version that produced the score
--   duplicate_of   doc_id of the original when this document is a copy, else NULL
CREATE OR REPLACE VIEW v_doc_topics AS
SELECT
    t.doc_id,
    d.opgave,
    d.day,
    t.topic,
    t.sentiment,
    s.sentiment AS doc_sentiment,
    s.label,
    t.model_version,
    d.duplicate_of
FROM doc_topics AS t
JOIN documents AS d ON d.doc_id = t.doc_id
JOIN v_model_versions AS m ON m.opgave = d.opgave AND m.model_version = t.model_version
JOIN scores AS s ON s.doc_id = t.doc_id AND s.model_version = t.model_version;
