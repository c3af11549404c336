-- Search by meaning. Each article is split into passages (its summary, then its sections,
-- long ones in parts) when it is indexed; each passage's vector comes from the embedding
-- model and is kept by the hash of the text the model read, so that a restart or a
-- one-file change embeds only new or changed passages.

CREATE TABLE passage (
    article_id bigint  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    anchor     text,
    heading    text,
    body       text    NOT NULL,
    signs      text[]  NOT NULL DEFAULT '{}',
    hash       text    NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE INDEX passage_hash ON passage (hash);

-- One row per model and text: the vector as little-endian float32 values (384 for
-- all-MiniLM-L6-v2). The id orders rows as they were added, so that each instance reads
-- only the vectors added since it last looked.
CREATE TABLE passage_vector (
    id     bigserial NOT NULL UNIQUE,
    model  text      NOT NULL,
    hash   text      NOT NULL,
    vector bytea     NOT NULL,
    PRIMARY KEY (model, hash)
);

-- Articles indexed before passages existed are rendered again by the next index run.
UPDATE article SET source_hash = '';
