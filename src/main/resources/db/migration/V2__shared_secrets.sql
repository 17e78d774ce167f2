-- Random keys the site generates for itself on first start and shares between instances:
-- the key for salted IP-address hashes and for signed links.
create table site_secret (
    name       varchar(60) primary key,
    value      bytea       not null,
    created_at timestamptz not null default now()
);
