-- Accounts managed from the admin page: a reviewer's name and profession as shown on the
-- article page when their approval is a clinical review, whether the account may sign in,
-- and every change to an account (who did what to whom, when).
ALTER TABLE editor_account ADD COLUMN display_name text CHECK (length(display_name) <= 200);
ALTER TABLE editor_account ADD COLUMN profession   text CHECK (length(profession) <= 200);
ALTER TABLE editor_account ADD COLUMN registration text CHECK (length(registration) <= 200);
ALTER TABLE editor_account ADD COLUMN disabled     boolean NOT NULL DEFAULT false;

CREATE TABLE account_change (
    id         bigserial   PRIMARY KEY,
    username   text        NOT NULL,
    change     text        NOT NULL,
    changed_by text        NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX account_change_at_idx ON account_change (changed_at DESC);

-- Which approval a clinical review came from, when it came from one.
ALTER TABLE clinical_review ADD COLUMN pending_change_id bigint REFERENCES pending_change (id);
