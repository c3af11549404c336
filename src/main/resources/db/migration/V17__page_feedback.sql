-- "Was this page helpful?": a reader's yes or no on an article, with an optional short
-- comment. The article and the time only: no address, no cookie, nothing about the reader.
CREATE TABLE page_feedback (
    id         bigserial   PRIMARY KEY,
    slug       text        NOT NULL,
    helpful    boolean     NOT NULL,
    comment    text        CHECK (length(comment) <= 500),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX page_feedback_slug_idx ON page_feedback (slug, created_at DESC);
CREATE INDEX page_feedback_created_idx ON page_feedback (created_at DESC);
