-- Looking after moderators: whether distressing comments are blurred in the queue until shown
-- (on unless a moderator turns it off), and who is looking at a comment now, so two moderators
-- do not answer the same person at once. A claim lapses after a few minutes by itself.
alter table moderator_preference add column blur_sensitive boolean not null default true;

create table comment_claim (
    comment_id bigint       primary key references comment (id) on delete cascade,
    account_id bigint       not null,
    claimed_by varchar(120) not null,
    claimed_at timestamptz  not null
);
