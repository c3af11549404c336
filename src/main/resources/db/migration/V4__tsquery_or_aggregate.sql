-- OR of many tsqueries in one statement (the aggregate form of tsquery || tsquery), so a
-- search builds every word's query, with all its lay-word alternatives, in one round trip.
CREATE AGGREGATE tsquery_or_agg(tsquery) (
    SFUNC = tsquery_or,
    STYPE = tsquery
);
