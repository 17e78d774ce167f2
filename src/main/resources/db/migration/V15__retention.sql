-- Retention: address hashes and visitor keys are cleared once the limits that need them have
-- passed (48 hours by default), so the columns that hold them may now be empty; rejected and
-- spam comments are deleted after a while, found by when they were moderated.
alter table vote alter column ip_hash drop not null;
alter table vote alter column voter_key drop not null;
alter table comment_report alter column ip_hash drop not null;
alter table comment_report alter column reporter_key drop not null;
alter table page_feedback alter column ip_hash drop not null;

create index comment_moderated_idx on comment (status, moderated_at);
create index comment_created_idx on comment (created_at) where ip_hash is not null or visitor_key is not null;
create index vote_created_idx on vote (created_at) where ip_hash is not null or voter_key is not null;
