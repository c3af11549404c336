-- The date articles called 'reviewed' was when they were last checked against their
-- sources, not a clinical review: the name now says so.
ALTER TABLE article RENAME COLUMN reviewed TO checked;

-- Clinical reviews, recorded by editors: a named health professional reviewed one version
-- of an article (the hash of its file). Only editors write here; nothing is derived from
-- content files, so no review can be invented by editing an article.
CREATE TABLE clinical_review (
    id           bigserial PRIMARY KEY,
    article_slug text NOT NULL,
    reviewer     text NOT NULL CHECK (length(btrim(reviewer)) > 0),
    role         text NOT NULL CHECK (length(btrim(role)) > 0),
    registration text,
    reviewed_on  date NOT NULL,
    text_hash    text NOT NULL,
    note         text,
    recorded_by  text NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX clinical_review_article_idx ON clinical_review (article_slug, reviewed_on DESC);

-- Pages about the site itself (content/pages): about, how we write and check, privacy...
CREATE TABLE site_page (
    slug        text PRIMARY KEY,
    title       text NOT NULL,
    summary     text NOT NULL,
    updated     date NOT NULL,
    body_html   text NOT NULL,
    source_path text NOT NULL,
    source_hash text NOT NULL
);

-- What readers report about a page: the page, their words and the time. Nothing about the
-- reader (no address, no cookie).
CREATE TABLE reader_report (
    id         bigserial PRIMARY KEY,
    page       text,
    message    text NOT NULL CHECK (length(message) <= 2000),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reader_report_created_idx ON reader_report (created_at DESC);
