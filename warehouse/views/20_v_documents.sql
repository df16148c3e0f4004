-- v_documents: one row per harvested document, with its score from the current model version.
-- Filter `duplicate_of IS NULL` to count every news item once (syndicated copies point to their
-- original). Documents not scored yet have NULL sentiment and label.
--   doc_id         stable id: sha256 of opgave + source + the source's own item id
--   opgave         name of the policy issue
--   source         source name from the opgave YAML (a feed, subreddit, Tweede Kamer, ...)
--   kind           kind of source: rss, reddit, tweedekamer, json
--   published_at   moment of publication (timestamp with time zone)
--   day            calendar day of publication in Dutch time (Europe/Amsterdam)
--   title          title (empty for comments)
--   text           plain text; empty after the retention period (`antennes purge`)
--   url            link to the original
--   language       detected language ('nl', 'en', ..., 'und' = unknown)
--   sentiment      appreciation from -1 (very negative) to 1 (very positive); 0 = neutral
--   label          positive, negative or neutral
--   topics         topics of the opgave the document is about (list, alphabetical)
--   target_groups  target groups the document speaks for or about (list, alphabetical)
--   stakeholders   stakeholders from the gazetteer that are mentioned (list, alphabetical)
--   explanation    JSON list of {"term", "weight"}: the words that drove the sentiment
--   model_version  NLP model version that produced the score
--   duplicate_of   doc_id of the original when this document is a (near-)copy, else NULL
--   scored         false when the text could not be scored (not Dutch, empty); sentiment is then 0
--   author         author (pseudonym for private persons, name for organisations)
--   voice_of       target group the source itself speaks for (from the YAML), if any
--   content_hash   sha256 of opgave + normalised title + text: equal for identical content
CREATE OR REPLACE VIEW v_documents AS
SELECT
    d.doc_id,
    d.opgave,
    d.source,
    d.kind,
    d.published_at,
    d.day,
    d.title,
    d.text,
    d.url,
    coalesce(s.language, d.language) AS language,
    s.sentiment,
    s.label,
    s.topics,
    s.target_groups,
    s.stakeholders,
    s.explanation,
    s.model_version,
    d.duplicate_of,
    s.scored,
    d.author,
    d.voice_of,
    d.content_hash
FROM documents AS d
LEFT JOIN v_model_versions AS m ON m.opgave = d.opgave
LEFT JOIN scores AS s ON s.doc_id = d.doc_id AND s.model_version = m.model_version;
