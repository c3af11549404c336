-- Failed editor sign-ins, shared by every instance: per client address, and per client address
-- and editor name for names that exist (none for unknown names). Forgotten 15 minutes after the
-- last failure.
CREATE TABLE login_failure (
    key       text        PRIMARY KEY,
    failures  integer     NOT NULL,
    last_at   timestamptz NOT NULL
);
CREATE INDEX login_failure_last_idx ON login_failure (last_at);
