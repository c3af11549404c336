-- The index built from content/. Everything here can be rebuilt from the folder.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- English stemming that ignores accents; usable in generated and indexed expressions.
CREATE TEXT SEARCH CONFIGURATION mg_english (COPY = english);
ALTER TEXT SEARCH CONFIGURATION mg_english
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

CREATE TABLE tag (
    id            bigserial PRIMARY KEY,
    slug          text NOT NULL UNIQUE,
    name          text NOT NULL,
    title         text NOT NULL,
    definition    text NOT NULL,
    aliases       text[] NOT NULL DEFAULT '{}',
    related       text[] NOT NULL DEFAULT '{}',
    intro_html    text NOT NULL,
    source_path   text NOT NULL,
    source_hash   text NOT NULL
);

CREATE TABLE article (
    id              bigserial PRIMARY KEY,
    slug            text NOT NULL UNIQUE,
    title           text NOT NULL,
    summary         text NOT NULL,
    status          text NOT NULL CHECK (status IN ('published', 'draft')),
    published       date NOT NULL,
    updated         date,
    reviewed        date NOT NULL,
    review_due      date NOT NULL,
    audience        text[] NOT NULL DEFAULT '{}',
    affects         text[] NOT NULL DEFAULT '{}',
    related_slugs   text[] NOT NULL DEFAULT '{}',
    key_points      text[] NOT NULL DEFAULT '{}',
    questions       text[] NOT NULL DEFAULT '{}',
    changes         text[] NOT NULL DEFAULT '{}',
    glossary_slugs  text[] NOT NULL DEFAULT '{}',
    body_html       text NOT NULL,
    toc             text[] NOT NULL DEFAULT '{}',
    plain_text      text NOT NULL,
    word_count      integer NOT NULL,
    reading_minutes integer NOT NULL,
    reading_grade   double precision NOT NULL,
    source_path     text NOT NULL,
    source_hash     text NOT NULL,
    indexed_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX article_public_idx ON article (status, published DESC);

CREATE TABLE article_tag (
    article_id bigint NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    tag_id     bigint NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tag_tag_idx ON article_tag (tag_id, article_id);

CREATE TABLE article_reference (
    article_id bigint NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    title      text NOT NULL,
    publisher  text,
    year       integer,
    url        text,
    PRIMARY KEY (article_id, position)
);

-- Old slugs that redirect (301) to an article.
CREATE TABLE article_alias (
    alias      text PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES article (id) ON DELETE CASCADE
);

CREATE TABLE related_article (
    id         bigserial PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    related_id bigint NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    score      double precision NOT NULL,
    rank       integer NOT NULL,
    UNIQUE (article_id, rank)
);

CREATE TABLE glossary_term (
    id           bigserial PRIMARY KEY,
    slug         text NOT NULL UNIQUE,
    term         text NOT NULL,
    abbreviation text,
    aliases      text[] NOT NULL DEFAULT '{}',
    definition   text NOT NULL,
    body_html    text NOT NULL,
    source_path  text NOT NULL,
    source_hash  text NOT NULL
);

CREATE TABLE synonym (
    id     bigserial PRIMARY KEY,
    term   text NOT NULL,
    phrase text NOT NULL
);
CREATE INDEX synonym_phrase_idx ON synonym (phrase);

-- Problems found at the last index run (the dashboard and logs show them).
CREATE TABLE content_problem (
    id       bigserial PRIMARY KEY,
    path     text NOT NULL,
    line     integer NOT NULL,
    severity text NOT NULL,
    message  text NOT NULL
);

CREATE TABLE index_state (
    id              integer PRIMARY KEY CHECK (id = 1),
    version         bigint NOT NULL,
    last_full_index timestamptz
);
INSERT INTO index_state (id, version) VALUES (1, 0);
