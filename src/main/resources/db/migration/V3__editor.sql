-- The editor area. Unlike the index, these tables hold data that content/ does not:
-- editor accounts (password hashes only) and the history of browser saves.

CREATE TABLE editor_account (
    username      text PRIMARY KEY CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,39}$'),
    password_hash text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- Every save made in the browser: who, when and the full text of the file.
CREATE TABLE content_revision (
    id           bigserial PRIMARY KEY,
    path         text NOT NULL,
    author       text NOT NULL,
    saved_at     timestamptz NOT NULL DEFAULT now(),
    content      text NOT NULL,
    content_hash text NOT NULL,
    action       text NOT NULL
);
CREATE INDEX content_revision_path_idx ON content_revision (path, id DESC);
