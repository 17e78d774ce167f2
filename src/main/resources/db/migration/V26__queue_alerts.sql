-- Moderators who asked to be emailed when the queue falls behind, and when that email last went
-- out (one row), so that it goes at most once per period however many instances check.
alter table moderator_preference add column queue_alerts boolean not null default false;

create table queue_alert (
    id      integer primary key check (id = 1),
    sent_at timestamptz
);

insert into queue_alert (id, sent_at) values (1, null);
