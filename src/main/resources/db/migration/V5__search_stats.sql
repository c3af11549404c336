-- What readers search for, counted per week, for editors to learn from. Only the normalised
-- query text and counts: no address, no cookie, no user, no time finer than the week.
CREATE TABLE search_stat (
    week         date    NOT NULL,
    query        text    NOT NULL,
    searches     integer NOT NULL,
    zero_results integer NOT NULL,
    corrected    integer NOT NULL,
    PRIMARY KEY (week, query)
);
