-- Addresses whose owners confirmed that they want the site's emails about their comments, by a
-- keyed hash of the lower-case address (the address itself is kept only with the comments), and
-- when the one confirmation email was sent. Nothing but that one email goes to an address until
-- it is confirmed, so nobody can make the site write to a stranger by typing their address.
create table email_confirmation (
    email_hash   varchar(64) primary key,
    requested_at timestamptz not null,
    confirmed_at timestamptz
);
