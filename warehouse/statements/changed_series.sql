-- Incoming context-series rows that are new or whose value or unit changed (NULLs compare equal),
-- so a harvest of an unchanged table reports zero new rows.
SELECT count(*) FROM (
    SELECT opgave, source, series, period, value, unit FROM incoming_series
    EXCEPT
    SELECT opgave, source, series, period, value, unit FROM series
);
