-- Full-text search: small weighted vectors for ranking, a body vector, lay-word expansions and
-- a typo vocabulary. All written by the indexer.
ALTER TABLE article
    ADD COLUMN search_title tsvector NOT NULL DEFAULT ''::tsvector,
    ADD COLUMN search_rank  tsvector NOT NULL DEFAULT ''::tsvector,
    ADD COLUMN search_body  tsvector NOT NULL DEFAULT ''::tsvector,
    ADD COLUMN glossary_slugs text[] NOT NULL DEFAULT '{}';
CREATE INDEX article_search_title_idx ON article USING gin (search_title);
CREATE INDEX article_search_rank_idx ON article USING gin (search_rank);
CREATE INDEX article_search_body_idx ON article USING gin (search_body);

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
