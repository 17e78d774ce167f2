-- A reader's own data, by themselves: a comment erased at its writer's request keeps its place in
-- its thread (when others replied to it) with nothing of its writer left; and the links emailed
-- to readers who ask for their data, kept only as a hash of the link's secret, for 24 hours.

alter table comment add column erased_at timestamptz;

create table data_request (
    id          bigint generated always as identity primary key,
    email       varchar(254) not null,
    -- salted hash of the asker's address, for the hourly limit; the salt changes every day
    ip_hash     varchar(64)  not null,
    created_at  timestamptz  not null,
    -- SHA-256 of the secret in the emailed link, once the email has gone
    token_hash  varchar(64) unique,
    expires_at  timestamptz  not null
);

create index data_request_ip_recent_idx on data_request (ip_hash, created_at);
create index data_request_expires_idx on data_request (expires_at);
