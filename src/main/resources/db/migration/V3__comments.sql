-- Readers' comments on articles, every one held for moderation first.

create table comment (
    id               bigint generated always as identity primary key,
    article_id       bigint       not null references article (id),
    parent_id        bigint references comment (id),
    -- the top-level comment of the thread, itself for a top-level comment; set by the service
    root_id          bigint references comment (id),
    depth            integer      not null default 0 check (depth >= 0),
    status           varchar(16)  not null check (status in ('HELD', 'PUBLISHED', 'REJECTED', 'SPAM')),
    author_name      varchar(80)  not null,
    author_email     varchar(254) not null,
    body             text         not null,
    -- the name of the comment this answers, when a reply to the deepest level attaches one level up
    reply_to_name    varchar(80),
    created_at       timestamptz  not null default now(),
    ip_hash          varchar(64),
    visitor_key      varchar(64),
    flags            text[]       not null default '{}',
    -- replies written by the charity's staff
    staff_account_id bigint,
    staff_name       varchar(80),
    -- the latest moderation decision
    moderated_by     varchar(120),
    moderated_at     timestamptz,
    moderation_note  text,
    version          bigint       not null default 0
);

-- the published thread of an article: top-level comments in order, then replies by thread
create index comment_thread_idx on comment (article_id, root_id, created_at, id) where status = 'PUBLISHED';
create index comment_top_level_idx on comment (article_id, created_at, id) where status = 'PUBLISHED' and parent_id is null;
-- a visitor's own held comments
create index comment_visitor_idx on comment (article_id, visitor_key) where status = 'HELD';
-- rate limits and duplicate checks
create index comment_ip_recent_idx on comment (ip_hash, created_at);
create index comment_visitor_recent_idx on comment (visitor_key, created_at);
-- the moderation queue
create index comment_status_idx on comment (status, created_at, id);
create index comment_parent_idx on comment (parent_id);
create index comment_email_idx on comment (lower(author_email));

-- every change of status, with who made it and why
create table comment_status_change (
    id          bigint generated always as identity primary key,
    comment_id  bigint      not null references comment (id) on delete cascade,
    from_status varchar(16),
    to_status   varchar(16) not null,
    changed_by  varchar(120) not null,
    reason      text,
    changed_at  timestamptz not null default now()
);

create index comment_status_change_comment_idx on comment_status_change (comment_id, changed_at);

-- readers' reports of published comments; one per visitor per comment
create table comment_report (
    id           bigint generated always as identity primary key,
    comment_id   bigint      not null references comment (id) on delete cascade,
    reporter_key varchar(64) not null,
    ip_hash      varchar(64),
    reason       varchar(500),
    created_at   timestamptz not null default now(),
    unique (comment_id, reporter_key)
);
