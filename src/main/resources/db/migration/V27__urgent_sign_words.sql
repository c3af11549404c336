-- Each urgent sign's own words, as the index last read them: its card's title and the
-- signs its card lists, without the sentences about who it is for or what else to do.
-- Search counts a query's subjects in these words to tell whether the query describes the
-- sign ("feeling sick on prednisolone" is near the card about mood on steroids, which says
-- "being sick" only where it points to another card).
CREATE TABLE urgent_sign_words (
    sign  text PRIMARY KEY,
    words text NOT NULL
);
