-- Commenters can ask to be emailed when their comment is published or answered.
alter table comment add column notify_author boolean not null default false;

-- comments that triage flagged as possible crisis language come first in the queue
create index comment_held_flags_idx on comment using gin (flags) where status = 'HELD';
