-- v_series: context figures from open data (e.g. CBS StatLine), to show beside sentiment.
--   opgave   name of the policy issue
--   source   source name from the opgave YAML
--   series   name of the figure (e.g. the CBS table and measure)
--   period   period as the publisher gives it (e.g. '2026KW03', '2026MM10', '2026JJ00')
--   value    the figure
--   unit     its unit (e.g. 'mln kg', 'aantal')
CREATE OR REPLACE VIEW v_series AS
SELECT opgave, source, series, period, value, unit
FROM series;
