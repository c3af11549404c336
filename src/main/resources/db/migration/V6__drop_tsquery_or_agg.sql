-- Search now builds each word's tsquery in memory from forms loaded once per index version,
-- so the aggregate from V4 is no longer used.
DROP AGGREGATE IF EXISTS tsquery_or_agg(tsquery);
