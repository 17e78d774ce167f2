-- Commenters a moderator blocked: new comments from a blocked email address (by a keyed hash of
-- the lower-case address, the same as email_confirmation's) are refused, on every instance.
-- Optionally the writer's network address is blocked too, for a limited time: comments keep a
-- steady keyed hash of it for as long as they keep ip_hash (48 hours), and a block copies it.

alter table comment add column address_hash varchar(32);

create table commenter_block (
    id            bigint generated always as identity primary key,
    email_hash    varchar(64)  not null unique,
    -- how moderators recognise the writer: their name and a masked address, such as "Maria (m•••@example.com)"
    shown_as      varchar(200) not null,
    address_hash  varchar(32),
    address_until timestamptz,
    reason        varchar(500) not null check (length(btrim(reason)) > 0),
    blocked_by    varchar(120) not null,
    blocked_at    timestamptz  not null,
    check ((address_hash is null) = (address_until is null))
);

create index commenter_block_address_idx on commenter_block (address_hash) where address_hash is not null;
