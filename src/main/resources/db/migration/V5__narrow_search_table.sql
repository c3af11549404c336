-- Search vectors move to a narrow table of their own: a bitmap scan over it reads a few
-- pages instead of the wide article rows (HTML, plain text), which keeps searches fast at
-- ten thousand articles.
CREATE TABLE article_search (
    article_id   bigint PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    status       text NOT NULL,
    published    date NOT NULL,
    search_title tsvector NOT NULL,
    search_rank  tsvector NOT NULL DEFAULT ''::tsvector,
    search_body  tsvector NOT NULL
);
INSERT INTO article_search (article_id, status, published, search_title, search_rank, search_body)
SELECT id, status, published, search_title, search_rank, search_body FROM article;
CREATE INDEX article_search_title_gin ON article_search USING gin (search_title);
CREATE INDEX article_search_rank_gin ON article_search USING gin (search_rank);
CREATE INDEX article_search_body_gin ON article_search USING gin (search_body);

ALTER TABLE article DROP COLUMN search_title, DROP COLUMN search_rank, DROP COLUMN search_body;
