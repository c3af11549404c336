-- Related articles now use title trigram similarity instead of stored keyword arrays.
ALTER TABLE article DROP COLUMN keywords;
