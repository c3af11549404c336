-- What an article is found by: its own words, without the words of links to other
-- articles (they say what those articles are about). Rendering version 7 writes it.
COMMENT ON COLUMN article.plain_text IS
    'The article''s own words for search: body text, shared urgent cards by their sign''s title and phrases, without the words of links to other articles';
