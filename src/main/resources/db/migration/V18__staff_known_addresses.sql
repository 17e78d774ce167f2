-- The addresses each staff account has signed in from, by keyed hashes (of the typed email and of
-- the address; neither is stored), so failed sign-ins from elsewhere never slow the staff member
-- down at their usual address. Forgotten after 90 days without a sign-in from there.
create table staff_known_address (
    email_hash   varchar(64) not null,
    address_hash varchar(64) not null,
    signed_in_at timestamptz not null,
    primary key (email_hash, address_hash)
);

create index staff_known_address_age_idx on staff_known_address (signed_in_at);
