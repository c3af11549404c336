-- The site text (content/site.yml) as the last index run read it, so that every instance
-- shows the same, whatever its own disk holds.
ALTER TABLE index_state ADD COLUMN site jsonb;
