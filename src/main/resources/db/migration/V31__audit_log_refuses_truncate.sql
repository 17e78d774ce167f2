-- TRUNCATE empties a table without touching its rows one by one, so the row trigger that keeps
-- the audit log append-only never sees it: a statement trigger refuses it too
create trigger audit_entry_never_truncated
    before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
