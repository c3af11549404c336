-- A topic may name its main article (read first; search puts it first when a query names
-- the topic) and its broader topic (hubs list their narrower topics' articles too).
ALTER TABLE tag ADD COLUMN main_article text;
ALTER TABLE tag ADD COLUMN broader text;
