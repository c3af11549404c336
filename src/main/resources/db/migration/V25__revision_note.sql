-- The editor's one-line note of what a save changed, shown in the history.
ALTER TABLE content_revision ADD COLUMN note text CHECK (length(note) <= 300);
