-- Who did what, and when: moderation decisions, changes to staff accounts, standard responses
-- and articles. Entries are only ever added, never changed.
create table audit_entry (
    id               bigint generated always as identity primary key,
    at               timestamptz  not null default now(),
    actor_account_id bigint,
    actor_name       varchar(120) not null,
    action           varchar(80)  not null,
    subject_type     varchar(40)  not null,
    subject_id       varchar(80),
    before_value     text,
    after_value      text,
    detail           text
);

create index audit_entry_at_idx on audit_entry (at desc, id desc);
create index audit_entry_actor_idx on audit_entry (actor_account_id, at desc);
create index audit_entry_subject_idx on audit_entry (subject_type, subject_id, at desc);

-- the log can be added to, never rewritten
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries cannot be changed or removed';
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
