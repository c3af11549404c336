-- Derived once, when an article is indexed, so that requests only read:
-- the day it becomes public (none for a draft), and its care cards on their own (with the
-- shared urgent sign each shows), for printed sheets.
ALTER TABLE article ADD COLUMN visible_from date;
UPDATE article SET visible_from = published WHERE status = 'published';
ALTER TABLE article ADD COLUMN care_cards text[] NOT NULL DEFAULT '{}';
ALTER TABLE article ADD COLUMN care_signs text[] NOT NULL DEFAULT '{}';
DROP INDEX article_public_idx;
CREATE INDEX article_visible_idx ON article (visible_from DESC, slug);

ALTER TABLE article_search ADD COLUMN visible_from date;
UPDATE article_search s SET visible_from = a.visible_from FROM article a WHERE a.id = s.article_id;
ALTER TABLE article_search DROP COLUMN status;
ALTER TABLE article_search DROP COLUMN published;
