-- Roles, and review before publish: a change to a published article waits here until a
-- reviewer other than its author approves it (or sends it back); the decision is kept.
ALTER TABLE editor_account ADD COLUMN role text NOT NULL DEFAULT 'editor'
    CHECK (role IN ('editor', 'reviewer', 'admin'));

CREATE TABLE pending_change (
    id           bigserial   PRIMARY KEY,
    slug         text        NOT NULL,
    base_hash    text        NOT NULL,
    text         text        NOT NULL,
    author       text        NOT NULL,
    note         text        NOT NULL DEFAULT '',
    submitted_at timestamptz NOT NULL DEFAULT now(),
    state        text        NOT NULL DEFAULT 'waiting'
        CHECK (state IN ('waiting', 'approved', 'sent back')),
    decided_by   text,
    decided_at   timestamptz,
    comment      text
);
CREATE INDEX pending_change_waiting_idx ON pending_change (state, submitted_at);
