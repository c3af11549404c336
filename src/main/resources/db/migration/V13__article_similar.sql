-- Articles near each other in meaning (the mean of their passage vectors), found when every
-- passage has its vector; related lists use them beside shared topics and titles.
CREATE TABLE article_similar (
    article_id bigint           NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    similar_id bigint           NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    score      double precision NOT NULL,
    PRIMARY KEY (article_id, similar_id)
);
