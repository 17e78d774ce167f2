-- Development and test sample: a held comment with crisis language (urgent in the queue) and a
-- published comment that readers have reported, so every part of the moderation queue has
-- something to show. Runs after the sample comments; does nothing if already there.
do $$
declare
    target_article bigint;
    crisis_comment bigint;
    reported_comment bigint;
begin
    if exists (select 1 from comment where author_email = 'robin.w@example.org') then
        return;
    end if;
    select id into target_article from article where slug = 'planning-for-flare-ups';
    if target_article is null then
        return;
    end if;

    insert into comment (article_id, status, author_name, author_email, body, created_at, flags)
    values (target_article, 'HELD', 'Robin', 'robin.w@example.org',
            E'This flare has gone on for three weeks and I can''t go on like this. Some nights I think everyone would be better off without me.\nI don''t really know why I''m writing here.',
            now() - interval '40 minutes', '{CRISIS}')
    returning id into crisis_comment;
    update comment set root_id = id where id = crisis_comment;
    insert into comment_status_change (comment_id, from_status, to_status, changed_by, changed_at)
    values (crisis_comment, null, 'HELD', 'system', now() - interval '40 minutes');

    insert into comment (article_id, status, author_name, author_email, body, created_at, moderated_by, moderated_at)
    values (target_article, 'PUBLISHED', 'Gary', 'gary.t@example.net',
            E'Flare-up plans are a waste of time. Just get stronger pills off your GP, that''s what I did, doctors only listen if you kick off.',
            now() - interval '6 days', 'James', now() - interval '5 days')
    returning id into reported_comment;
    update comment set root_id = id where id = reported_comment;
    insert into comment_status_change (comment_id, from_status, to_status, changed_by, changed_at)
    values (reported_comment, null, 'HELD', 'system', now() - interval '6 days'),
           (reported_comment, 'HELD', 'PUBLISHED', 'James', now() - interval '5 days');

    insert into comment_report (comment_id, reporter_key, reason, created_at)
    values (reported_comment, 'sample-reporter-1', 'Telling people to demand stronger painkillers', now() - interval '2 days'),
           (reported_comment, 'sample-reporter-2', null, now() - interval '1 day');
end;
$$;
