-- A reader's own votes among the comments on a page, read with every page they open once they
-- have a cookie, and everything a browser voted when its reader asks for their data.
create index vote_voter_idx on vote (voter_key) where voter_key is not null;
