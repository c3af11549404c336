-- Topic hierarchy, derived when topics are indexed: every topic with each of its broader
-- topics (and itself at depth 0), so that a hub can list its narrower topics' articles and
-- count them, and a topic page can show its path, without walking the tree per request.
CREATE TABLE topic_family (
    ancestor   text    NOT NULL,
    descendant text    NOT NULL,
    depth      integer NOT NULL,
    PRIMARY KEY (ancestor, descendant)
);

CREATE INDEX topic_family_descendant ON topic_family (descendant);
