-- Comments a moderator chose to show above an article's thread ("Chosen by our moderators"),
-- with an optional note shown beside them; featured comments also lead the "most helpful" order.
alter table comment add column featured_at timestamptz,
                    add column featured_by varchar(120),
                    add column featured_note varchar(300);

create index comment_featured_idx on comment (article_id, featured_at desc) where featured_at is not null;
