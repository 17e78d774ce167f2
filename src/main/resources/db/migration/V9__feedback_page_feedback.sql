-- Readers' feedback about an article page itself, apart from comments: "Is this page useful?
-- Yes / No", and problem reports ("the dose in the table is wrong") that editors work through.

create table page_feedback (
    id          bigint generated always as identity primary key,
    article_id  bigint      not null references article (id) on delete cascade,
    kind        varchar(16) not null check (kind in ('USEFUL', 'NOT_USEFUL', 'PROBLEM')),
    -- what the reader says is wrong; only a problem report has it
    problem     text,
    -- optional, only so that an editor can reply; removed a while after the report is done
    email       varchar(254),
    -- salted hash of the visitor's address; the salt changes every day, the address is never stored
    ip_hash     varchar(64) not null,
    status      varchar(8)  not null default 'NEW' check (status in ('NEW', 'DONE')),
    created_at  timestamptz not null default now(),
    done_at     timestamptz,
    done_by     bigint,
    check ((kind = 'PROBLEM') = (problem is not null)),
    check (kind = 'PROBLEM' or email is null),
    check ((status = 'DONE') = (done_at is not null))
);

-- the hourly limit per address
create index page_feedback_ip_recent on page_feedback (ip_hash, created_at);
-- the editors' queue: problem reports by status, newest first
create index page_feedback_problems on page_feedback (status, created_at desc) where kind = 'PROBLEM';
-- the Yes / No counts per article
create index page_feedback_article on page_feedback (article_id, kind);
-- done reports whose email is still kept
create index page_feedback_done_email on page_feedback (done_at) where email is not null;
