-- Staff accounts: who may sign in to the staff pages, and with which roles.

create table staff_account (
    id                  bigint generated always as identity primary key,
    -- stored lower-cased, so the unique constraint makes sign-in names case-insensitive
    email               varchar(254) not null unique check (email = lower(email) and email like '_%@_%'),
    display_name        varchar(60)  not null check (length(btrim(display_name)) > 0),
    password_hash       varchar(500) not null,
    enabled             boolean      not null default true,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    password_changed_at timestamptz  not null default now(),
    last_login_at       timestamptz
);

create table staff_account_role (
    account_id bigint      not null references staff_account (id) on delete cascade,
    role       varchar(16) not null check (role in ('MODERATOR', 'EDITOR', 'ADMIN')),
    primary key (account_id, role)
);

-- Failed sign-ins, for throttling across every instance of the site. Only keyed hashes are kept:
-- neither the email address that was typed nor the visitor's IP address is stored.
create table staff_login_failure (
    id           bigint generated always as identity primary key,
    email_hash   varchar(64) not null,
    address_hash varchar(64) not null,
    failed_at    timestamptz not null
);

create index staff_login_failure_email_idx on staff_login_failure (email_hash, failed_at);
create index staff_login_failure_address_idx on staff_login_failure (address_hash, failed_at);
create index staff_login_failure_age_idx on staff_login_failure (failed_at);
