-- Readers' ratings of articles and comments: every vote is kept as its own row, and a summary
-- per item (count and sum) is kept in step in the same transaction, so a page reads one row per
-- item and the summaries can always be rebuilt from the votes.

create table vote (
    id         bigint generated always as identity primary key,
    item_type  varchar(16) not null check (item_type in ('ARTICLE', 'COMMENT')),
    item_id    bigint      not null,
    value      smallint    not null check (value between 1 and 5),
    -- the visitor's long-lived random cookie key
    voter_key  varchar(64) not null,
    -- salted hash of the visitor's address; the salt changes every day, the address is never stored
    ip_hash    varchar(64) not null,
    created_at timestamptz not null default now(),
    unique (item_type, item_id, voter_key)
);

-- the hourly limit per address, and "has this address rated this item today"
create index vote_ip_recent_idx on vote (ip_hash, created_at);
-- rebuilding one item's summary
create index vote_item_idx on vote (item_type, item_id);

create table rating_summary (
    item_type  varchar(16) not null check (item_type in ('ARTICLE', 'COMMENT')),
    item_id    bigint      not null,
    vote_count integer     not null check (vote_count >= 0),
    vote_sum   integer     not null check (vote_sum >= 0),
    primary key (item_type, item_id)
);
