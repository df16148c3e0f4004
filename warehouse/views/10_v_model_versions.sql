-- v_model_versions: which NLP model version counts as "current" for each opgave.
-- The pipeline sets it after scoring (meta key 'model_version:<opgave>'); every other view shows
-- the scores of this version only, so figures never mix two models.
--   opgave         name of the policy issue (as in the opgave YAML)
--   model_version  short hash of the NLP lexicons, rules and opgave terms used for scoring
CREATE OR REPLACE VIEW v_model_versions AS
SELECT
    substr(key, length('model_version:') + 1) AS opgave,
    value AS model_version
FROM meta
WHERE starts_with(key, 'model_version:');
