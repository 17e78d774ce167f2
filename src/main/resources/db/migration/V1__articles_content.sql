-- Articles, the people who write and check them, and the topics they belong to.

create table person (
    id          bigint generated always as identity primary key,
    name        varchar(120) not null,
    credentials varchar(200) not null,
    bio         text         not null default ''
);

create table topic (
    id          bigint generated always as identity primary key,
    slug        varchar(80)  not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        varchar(120) not null,
    description text         not null,
    position    integer      not null default 0
);

create table article (
    id              bigint generated always as identity primary key,
    slug            varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title           varchar(200) not null,
    standfirst      text         not null,
    body_markdown   text         not null,
    author_id       bigint       not null references person (id),
    reviewer_id     bigint       not null references person (id),
    first_published date,
    last_reviewed   date,
    next_review_due date,
    disclaimer      text,
    status          varchar(16)  not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    comments_open   boolean      not null default true,
    featured        boolean      not null default false,
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    search_vector   tsvector generated always as (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(standfirst, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(body_markdown, '')), 'C')
    ) stored,
    check (status <> 'PUBLISHED' or first_published is not null)
);

create index article_search_idx on article using gin (search_vector);
create index article_published_idx on article (first_published desc, id desc) where status = 'PUBLISHED';
create index article_author_idx on article (author_id);
create index article_reviewer_idx on article (reviewer_id);

create table article_topic (
    article_id bigint not null references article (id) on delete cascade,
    topic_id   bigint not null references topic (id),
    primary key (article_id, topic_id)
);

create index article_topic_topic_idx on article_topic (topic_id, article_id);

create table article_reference (
    article_id bigint       not null references article (id) on delete cascade,
    position   integer      not null,
    text       text         not null,
    url        varchar(2000),
    primary key (article_id, position)
);

create table article_faq (
    article_id bigint  not null references article (id) on delete cascade,
    position   integer not null,
    question   text    not null,
    answer     text    not null,
    primary key (article_id, position)
);
