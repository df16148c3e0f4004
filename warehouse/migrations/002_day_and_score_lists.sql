-- 002_day_and_score_lists: store what every reader asks for, so views need no per-query work.
-- documents.day: the calendar day of publication in Dutch time (Europe/Amsterdam), computed once
-- at load; filters on it skip whole blocks. scores.topics / target_groups / stakeholders: the
-- sorted, distinct lists that doc_topics / doc_groups / doc_stakeholders hold in detail; load_scores
-- writes both in one transaction.

ALTER TABLE documents ADD COLUMN day DATE;
UPDATE documents SET day = CAST(timezone('Europe/Amsterdam', published_at) AS DATE);

ALTER TABLE scores ADD COLUMN topics VARCHAR[];
ALTER TABLE scores ADD COLUMN target_groups VARCHAR[];
ALTER TABLE scores ADD COLUMN stakeholders VARCHAR[];

UPDATE scores AS s SET
    topics = coalesce((
        SELECT list(DISTINCT t.topic ORDER BY t.topic) FROM doc_topics AS t
        WHERE t.doc_id = s.doc_id AND t.model_version = s.model_version
    ), []::VARCHAR[]),
    target_groups = coalesce((
        SELECT list(DISTINCT g.target_group ORDER BY g.target_group) FROM doc_groups AS g
        WHERE g.doc_id = s.doc_id AND g.model_version = s.model_version
    ), []::VARCHAR[]),
    stakeholders = coalesce((
        SELECT list(DISTINCT k.stakeholder ORDER BY k.stakeholder) FROM doc_stakeholders AS k
        WHERE k.doc_id = s.doc_id AND k.model_version = s.model_version
    ), []::VARCHAR[]);
