-- Store the incoming context-series rows that are new or whose value or unit changed (NULLs
-- compare equal) and count them per source, so reloading an unchanged table writes nothing and
-- reports zero new rows.
INSERT OR REPLACE INTO series BY NAME
SELECT opgave, source, series, period, value, unit FROM incoming_series
EXCEPT
SELECT opgave, source, series, period, value, unit FROM series
RETURNING source;
