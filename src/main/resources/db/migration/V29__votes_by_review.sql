-- Each vote on an article records which review of the article it was cast against (the article's
-- "last reviewed" date at the time), so the page can show how readers rate the text as it is now.
-- Votes cast before this column existed count as cast before the current review.
alter table vote add column reviewed_on date;
