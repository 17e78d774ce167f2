-- Sample ratings for Painwise: readers' votes on several articles and on a few comments under
-- the amitriptyline article, so the development site shows the stars with real-looking
-- summaries (the amitriptyline article: "Rating: 4.12/5. From 26 votes.").
--
-- Runs after R__sample_02_comments.sql, which creates the comments. Repeatable and idempotent:
-- if there are any votes at all, nothing is inserted. Each value in an array below is one
-- reader's vote, with a made-up visitor key and address hash; the summaries are then computed
-- from the votes, exactly as the site keeps them. Gabapentin's single five-star vote shows the
-- list's rating order at work: it does not put the article first.

do $do$
begin
    if exists (select 1 from vote) then
        return;
    end if;

    insert into vote (item_type, item_id, value, voter_key, ip_hash, created_at)
    select 'ARTICLE', a.id, v.value,
           md5('sample-voter|' || a.slug || '|' || v.n),
           md5('sample-address|' || a.slug || '|' || v.n),
           now() - v.n * interval '29 hours'
    from (values
        ('amitriptyline',                        array[5,4,5,5,3,4,5,1,5,4,4,5,3,5,4,5,3,4,5,4,5,1,4,5,5,4]),
        ('pacing-activities',                    array[5,4,5,5,4,5]),
        ('pregabalin',                           array[4,5,3,4,4,2,5,4,3]),
        ('duloxetine',                           array[4,3,4,5,3,4,2,4,3,4,5,3,4,4]),
        ('coming-off-pain-medicines-safely',     array[4,5,4]),
        ('sleeping-better-with-persistent-pain', array[3,4,2,4,3,3]),
        ('talking-to-your-gp-about-pain',        array[2,3,2,3,1,3]),
        ('gabapentin',                           array[5])
    ) as s (slug, votes)
    join article a on a.slug = s.slug
    cross join lateral unnest(s.votes) with ordinality as v (value, n);

    -- comments are found by their article, author and place: the author's first published
    -- top-level comment, or first reply
    insert into vote (item_type, item_id, value, voter_key, ip_hash, created_at)
    select 'COMMENT', c.id, v.value,
           md5('sample-voter|comment|' || c.id || '|' || v.n),
           md5('sample-address|comment|' || c.id || '|' || v.n),
           now() - v.n * interval '31 hours'
    from (values
        ('amitriptyline', 'Maria',            true,  array[5,5,4,5,4,5,5]),
        ('amitriptyline', 'Dave P',           true,  array[3,4,2,4,5]),
        ('amitriptyline', 'Agnieszka Wójcik', true,  array[5,4,5,5]),
        ('amitriptyline', 'Gareth M',         true,  array[4,4,5]),
        ('amitriptyline', 'Bashar',           false, array[4])
    ) as s (slug, author, top_level, votes)
    cross join lateral (
        select c.id from comment c join article a on a.id = c.article_id
        where a.slug = s.slug and c.author_name = s.author and c.status = 'PUBLISHED'
          and (c.parent_id is null) = s.top_level
        order by c.created_at, c.id
        limit 1
    ) as c
    cross join lateral unnest(s.votes) with ordinality as v (value, n);

    insert into rating_summary (item_type, item_id, vote_count, vote_sum)
    select item_type, item_id, count(*), sum(value) from vote group by item_type, item_id
    on conflict (item_type, item_id) do nothing;
end
$do$;
