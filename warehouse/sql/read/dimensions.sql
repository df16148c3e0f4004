-- The target groups, topics, sources and languages that occur in the snapshot, for filter lists.
-- Parameters: $opgave.
SELECT DISTINCT 'target_group' AS dimension, target_group AS value
FROM v_daily_appreciation WHERE opgave = $opgave AND target_group <> 'alle'
UNION
SELECT DISTINCT 'topic', topic
FROM v_daily_appreciation WHERE opgave = $opgave AND topic <> 'alle'
UNION
SELECT DISTINCT 'source', source
FROM documents WHERE opgave = $opgave
UNION
SELECT DISTINCT 'language', coalesce(s.language, 'und')
FROM scores AS s
JOIN v_model_versions AS m ON m.model_version = s.model_version
WHERE m.opgave = $opgave
ORDER BY dimension, value;
