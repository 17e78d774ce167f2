-- Reports are limited per address per hour: counting an address's recent reports needs this.
create index comment_report_ip_recent_idx on comment_report (ip_hash, created_at);
