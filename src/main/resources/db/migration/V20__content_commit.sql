-- The git commit of the content the index was last built from (content in git mode), so that an
-- instance with an older working copy never replaces a newer index with an older one.
ALTER TABLE index_state ADD COLUMN content_commit text;
