-- Full-text search. Search vectors live in a narrow table of their own, so a bitmap scan
-- reads a few pages instead of the wide article rows (HTML, plain text). Everything here is
-- written by the indexer.
CREATE TABLE article_search (
    article_id   bigint PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    status       text NOT NULL,
    published    date NOT NULL,
    search_title tsvector NOT NULL,                      -- title, weight A
    search_rank  tsvector NOT NULL DEFAULT ''::tsvector, -- summary, key points, topics, glossary: B
    search_body  tsvector NOT NULL                       -- body, weight C
);
CREATE INDEX article_search_title_gin ON article_search USING gin (search_title);
CREATE INDEX article_search_rank_gin ON article_search USING gin (search_rank);
CREATE INDEX article_search_body_gin ON article_search USING gin (search_body);

-- What a reader may type (phrase) and what it should also find (term).
CREATE TABLE search_expansion (
    id           bigserial PRIMARY KEY,
    phrase       text NOT NULL,
    phrase_query tsquery NOT NULL,
    term         text NOT NULL,
    source       text NOT NULL
);

-- Distinct words of titles, summaries, topics, glossary and synonyms, for typo correction.
CREATE TABLE search_vocabulary (
    word text PRIMARY KEY
);
CREATE INDEX search_vocabulary_trgm_idx ON search_vocabulary USING gin (word gin_trgm_ops);

-- How many published articles use each lexeme: in any search vector (ndoc, for weighting
-- query words) and in their own title or body (own_ndoc, for spotting misspellings).
-- Rebuilt by the indexer, so a search never counts articles.
CREATE TABLE search_term (
    lexeme   text PRIMARY KEY,
    ndoc     integer NOT NULL,
    own_ndoc integer NOT NULL
);
