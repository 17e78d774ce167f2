-- What decides whether a commenter is trusted (when the site setting is on), besides their
-- comments' history: when a moderator last rejected one of their comments (rejected comments
-- themselves are deleted after 30 days; this is kept for the trust rule's quiet period only) and
-- whether a moderator revoked their trust. By the keyed hash of the lower-case email address.
create table commenter_standing (
    email_hash       varchar(64)  primary key,
    last_rejected_at timestamptz,
    trust_revoked_by varchar(120),
    trust_revoked_at timestamptz
);
