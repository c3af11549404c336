-- What the embedding model reads of a passage: its own words, without the words of links
-- to other articles (a "see exercise and physical therapy" line is about that article,
-- not this one). The body keeps every word for the snippets readers see.
ALTER TABLE passage ADD COLUMN own_text text NOT NULL DEFAULT '';
ALTER TABLE passage ALTER COLUMN own_text DROP DEFAULT;

-- Passages indexed before are written again (with new hashes) by the next index run.
UPDATE article SET source_hash = '';
