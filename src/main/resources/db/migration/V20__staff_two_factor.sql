-- Two-factor sign-in for staff: a time-based one-time password (RFC 6238) from an authenticator
-- app, required for admins, with single-use recovery codes kept only as hashes.
create table staff_two_factor (
    account_id     bigint primary key references staff_account (id) on delete cascade,
    secret         bytea       not null,
    -- null while the app is being set up: the secret is in use only once a code from it was right
    confirmed_at   timestamptz,
    -- the last 30-second step whose code was accepted: a code works once
    last_used_step bigint
);

create table staff_recovery_code (
    id         bigint generated always as identity primary key,
    account_id bigint      not null references staff_account (id) on delete cascade,
    code_hash  varchar(64) not null,
    used_at    timestamptz
);

create index staff_recovery_code_account_idx on staff_recovery_code (account_id);
