-- Consent on record: when a commenter agreed that their comment would be public and may hold
-- health information, and to which wording. Each wording (the consent sentence by the box, and
-- the privacy notice it points to) is kept once, under a version that is a hash of both, so the
-- charity can show exactly what a person agreed to. Comments written before this was kept have
-- no record (null).
create table consent_wording (
    version        varchar(32) primary key,
    consent_text   text        not null,
    privacy_notice text        not null,
    first_used_at  timestamptz not null default now()
);

alter table comment
    add column consent_given_at timestamptz,
    add column consent_version  varchar(32) references consent_wording (version);
