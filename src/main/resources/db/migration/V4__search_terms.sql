-- How many published articles use each lexeme: in any search vector (ndoc, for weighting
-- query words) and in their own title or body (own_ndoc, for spotting misspellings).
-- Rebuilt by the indexer, so a search never counts articles.
CREATE TABLE search_term (
    lexeme   text PRIMARY KEY,
    ndoc     integer NOT NULL,
    own_ndoc integer NOT NULL
);
