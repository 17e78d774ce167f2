-- The audit log records staff by id and display name only. Entries for created staff accounts
-- used to hold the new member's email address ("Gethin <gethin@example.org>, roles: …"); this
-- removes it from those entries, the one change ever made to the append-only log, in this
-- migration's own transaction with the guard lifted and put back.
alter table audit_entry disable trigger audit_entry_append_only;

update audit_entry
set after_value = regexp_replace(after_value, ' <[^<>]*>, roles: ', ', roles: ')
where action = 'account.created' and after_value ~ ' <[^<>]*>, roles: ';

alter table audit_entry enable trigger audit_entry_append_only;
