-- Everything the pipeline recorded about the snapshot (published_at, model_version:<opgave>, ...).
SELECT key, value FROM meta ORDER BY key;
