-- Editorial: images in the database, old article addresses that redirect, and who reviewed what.

create table image (
    id           bigint generated always as identity primary key,
    content_type varchar(32)  not null check (content_type in ('image/png', 'image/jpeg', 'image/webp')),
    size_bytes   integer      not null check (size_bytes > 0),
    width        integer,
    height       integer,
    alt_text     text         not null check (length(btrim(alt_text)) > 0),
    data         bytea        not null,
    uploaded_by  bigint,
    uploaded_at  timestamptz  not null default now()
);

-- A published article's old slug keeps working: the public page answers 301 to the current one.
create table article_slug_history (
    old_slug   varchar(120) primary key check (old_slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    article_id bigint       not null references article (id) on delete cascade,
    changed_at timestamptz  not null default now()
);

create index article_slug_history_article on article_slug_history (article_id);

-- Every "Mark as reviewed": who checked the article, which staff member recorded it, and when.
create table article_review (
    id              bigint generated always as identity primary key,
    article_id      bigint      not null references article (id) on delete cascade,
    reviewer_id     bigint      not null references person (id),
    recorded_by     bigint,
    reviewed_on     date        not null,
    next_review_due date        not null,
    recorded_at     timestamptz not null default now()
);

create index article_review_article on article_review (article_id);
create index article_review_due on article (next_review_due) where status = 'PUBLISHED';
