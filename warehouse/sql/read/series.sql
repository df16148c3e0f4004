-- Context figures (e.g. CBS StatLine) of one opgave, ready to chart beside the sentiment.
-- period is as stored ('2025', '2025-Q3', '2025-H1', '2025-10'; a raw CBS code such as '2025KW03'
-- is understood too); frequency says what it is ('jaar', 'halfjaar', 'kwartaal', 'maand', or
-- 'anders' when it cannot be read) and period_start is the first day of the period (NULL for 'anders').
-- Parameters: $opgave.
WITH parts AS (
    SELECT
        source, series, period, value, unit,
        regexp_extract(
            period, '^(\d{4})(?:-(Q|H)?(\d{1,2})|(JJ|KW|HJ|MM)(\d{2}))?$',
            ['year', 'sep', 'num', 'code', 'cnum']
        ) AS p
    FROM v_series
    WHERE opgave = $opgave
),
typed AS (
    SELECT
        source, series, period, value, unit,
        CASE
            WHEN p.year = '' THEN 'anders'
            WHEN p.code = 'JJ' OR (p.code = '' AND p.num = '') THEN 'jaar'
            WHEN p.sep = 'Q' OR p.code = 'KW' THEN 'kwartaal'
            WHEN p.sep = 'H' OR p.code = 'HJ' THEN 'halfjaar'
            ELSE 'maand'
        END AS frequency,
        TRY_CAST(nullif(p.year, '') AS INTEGER) AS year,
        TRY_CAST(nullif(p.num || p.cnum, '') AS INTEGER) AS number
    FROM parts
),
dated AS (
    SELECT
        source, series, period, frequency, value, unit,
        CASE frequency
            WHEN 'jaar' THEN make_date(year, 1, 1)
            WHEN 'kwartaal' THEN CASE WHEN number BETWEEN 1 AND 4 THEN make_date(year, 3 * number - 2, 1) END
            WHEN 'halfjaar' THEN CASE WHEN number BETWEEN 1 AND 2 THEN make_date(year, 6 * number - 5, 1) END
            WHEN 'maand' THEN CASE WHEN number BETWEEN 1 AND 12 THEN make_date(year, number, 1) END
        END AS period_start
    FROM typed
)
SELECT
    source, series, period,
    CASE WHEN period_start IS NULL THEN 'anders' ELSE frequency END AS frequency,
    period_start, value, unit
FROM dated
ORDER BY source, series, period_start NULLS LAST, period;
