-- The phrases that identify each urgent sign (content/urgent/<sign>.md, "match"), as the
-- index last read them: search reads them to know when a query names an urgent sign, so
-- that such a question is never turned away for its unusual words.
CREATE TABLE urgent_phrase (
    sign   text NOT NULL,
    phrase text NOT NULL,
    PRIMARY KEY (sign, phrase)
);
