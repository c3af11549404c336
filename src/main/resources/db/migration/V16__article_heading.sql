-- An article's page heading: a short form of its title for the top of the page (null: the
-- title itself; the title stays in <title>, search results and cards).
ALTER TABLE article ADD COLUMN heading text;
