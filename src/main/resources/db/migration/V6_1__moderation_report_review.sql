-- A moderator who reads a reported comment and keeps it published clears its reports; a later
-- report brings it back to the reported view.
alter table comment_report add column reviewed_at timestamptz;
alter table comment_report add column reviewed_by varchar(120);

create index comment_report_open_idx on comment_report (comment_id) where reviewed_at is null;
