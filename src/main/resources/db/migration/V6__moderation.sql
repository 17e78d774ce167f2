-- Moderation: the charity's standard responses, and moderators' notification choices.

-- Replies moderators start from. The body may hold placeholders such as {name} and {helpline},
-- filled in when a moderator picks the response; the text stays editable before it is sent.
create table standard_response (
    id            bigint generated always as identity primary key,
    title         varchar(120) not null check (length(btrim(title)) > 0),
    body          text         not null check (length(btrim(body)) > 0),
    active        boolean      not null default true,
    position      integer      not null default 0,
    -- the triage flag (MEDICAL_ADVICE or CRISIS) for which the queue suggests this response
    suggested_for varchar(16) check (suggested_for in ('MEDICAL_ADVICE', 'CRISIS')),
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);

create index standard_response_order_idx on standard_response (position, id);

-- One row per moderator who changed a setting; no row means the defaults (no emails).
create table moderator_preference (
    account_id    bigint  primary key references staff_account (id) on delete cascade,
    crisis_alerts boolean not null default false
);
