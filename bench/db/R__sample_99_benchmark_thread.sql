-- The benchmark's long conversation: a few hundred more published comments under the
-- amitriptyline article, threaded like the real sample (top-level comments with replies, and
-- replies to replies), interleaved in time with the sample's own comments, with readers' votes on
-- about half of them; and one held comment belonging to a known visitor, so the benchmark can ask
-- for the page as a visitor who has something personal to see.
--
-- Only bench/run.sh uses this file (as an extra Flyway location on top of db/migration and
-- db/sample). It is deterministic (a fixed random seed), so every run measures the same page.
-- Repeatable and idempotent: if the held benchmark comment exists, nothing is inserted.
--
-- The benchmark visitor's key is 5e1f00000000000000000000000be4c1. The site signs visitor cookies
-- with a key of its own (site_secret 'visitor-cookie'); this gives it a known one, so bench/run.sh
-- can sign the benchmark visitors' cookies as the site would.

do $do$
declare
    v_article   bigint;
    v_start     timestamptz;
    v_end       timestamptz;
    v_top       integer := 160;
    v_id        bigint;
    v_root      bigint;
    v_reply     bigint;
    v_created   timestamptz;
    v_reply_at  timestamptz;
    v_first     bigint;
    names       text[] := array['Alison', 'Ben', 'Chloe', 'Dev', 'Eleanor', 'Femi', 'Grace', 'Hassan', 'Imogen',
                                'Jack', 'Kirsty', 'Liam', 'Maya', 'Niall', 'Olu', 'Priti', 'Rhys', 'Sian',
                                'Tom', 'Uzma', 'Vicky', 'Wes', 'Yasmin', 'Zoe', 'Gareth', 'Hannah', 'Ifeoma',
                                'Joe', 'Kate', 'Marek'];
    sentences   text[] := array[
        'I was started on a low dose for nerve pain in my feet last spring.',
        'The first couple of weeks I felt very groggy in the mornings.',
        'Taking it a couple of hours before bed made a real difference to the hangover feeling.',
        'My mouth was dry for the first month, sugar-free sweets helped.',
        'It has not taken the pain away completely, but I sleep through most nights now.',
        'My GP put the dose up slowly and checked in with me every few weeks.',
        'I kept a simple diary of pain and sleep, which made the review appointment much easier.',
        'The pharmacist was really helpful when I asked about other tablets I take.',
        'I found the constipation the hardest part, so I upped the fibre and water.',
        'After about six weeks I noticed the burning pain was quieter in the evenings.',
        'It did not suit me in the end, and my GP helped me come off it gradually.',
        'Reading other people''s experiences here made me less worried about starting.',
        'I still pace my activities, the tablets are only one part of managing it.',
        'Gentle walking and the pain clinic''s course helped as much as the medicine.',
        'Some days are still bad, but there are more good days than there used to be.',
        'I was nervous because it is called an antidepressant, but it is used very differently for pain.',
        'I did put on a little weight, which I am keeping an eye on.',
        'My advice would be to give it a fair try and keep talking to your GP.',
        'The leaflet made it sound frightening, but most of the side effects never happened to me.',
        'I take it at the same time every evening and set a reminder on my phone.',
        'My partner noticed I was less irritable once I was sleeping better.',
        'It took longer to work than I expected, nearly two months.',
        'I found the vivid dreams odd at first, they settled after a few weeks.',
        'Thank you to everyone who shares here, it helps to know you are not alone.'];
    replies     text[] := array[
        'Thank you for sharing this, it is really reassuring to read.',
        'Same here with the mornings, it did get better for me after a few weeks.',
        'Did you find the dry mouth eased off over time?',
        'Good luck, I hope it keeps helping. Do keep your GP in the loop.',
        'This is so similar to my experience. The evening timing helped me too.',
        'I am just starting out on it, so this is really helpful to hear.',
        'My pharmacist said the same about taking it earlier in the evening.',
        'Sorry to hear it did not suit you. Coming off slowly was the right call.'];
begin
    select id into v_article from article where slug = 'amitriptyline';
    if v_article is null then
        raise exception 'The benchmark thread needs the sample amitriptyline article';
    end if;
    if exists (select 1 from comment where article_id = v_article and visitor_key = '5e1f00000000000000000000000be4c1') then
        return;
    end if;

    insert into site_secret (name, value) values ('visitor-cookie', decode(repeat('5e1f', 16), 'hex'))
    on conflict (name) do update set value = excluded.value;

    perform setseed(0.42);
    select greatest(first_published::timestamptz + interval '1 day', now() - interval '500 days'),
           now() - interval '2 days'
      into v_start, v_end
      from article where id = v_article;

    for i in 1 .. v_top loop
        v_created := v_start + (v_end - v_start) * (i - 1 + random() * 0.9) / v_top;
        insert into comment (article_id, depth, status, author_name, author_email, body, created_at,
                             ip_hash, visitor_key, moderated_by, moderated_at)
        values (v_article, 0, 'PUBLISHED', names[1 + (i * 7) % array_length(names, 1)],
                'reader' || i || '@example.com',
                (select string_agg(sentences[1 + floor(random() * array_length(sentences, 1))::int], ' ')
                   from generate_series(1, 2 + (i % 5)))
                || case when i % 3 = 0 then E'\n\n' || sentences[1 + (i * 5) % array_length(sentences, 1)] else '' end,
                v_created, md5('bench-address|' || i), md5('bench-visitor|' || i),
                'James', v_created + interval '3 hours')
        returning id into v_id;
        update comment set root_id = id where id = v_id;
        if v_first is null then
            v_first := v_id;
        end if;
        v_root := v_id;

        -- most threads get replies, some a reply to a reply
        v_reply_at := v_created;
        for j in 1 .. (i % 4) loop
            v_reply_at := v_reply_at + interval '5 hours' + random() * interval '20 hours';
            insert into comment (article_id, parent_id, root_id, depth, status, author_name, author_email, body,
                                 created_at, ip_hash, visitor_key, moderated_by, moderated_at)
            values (v_article, v_root, v_root, 1, 'PUBLISHED', names[1 + (i * 3 + j) % array_length(names, 1)],
                    'reader' || i || '-' || j || '@example.com',
                    replies[1 + floor(random() * array_length(replies, 1))::int] || ' '
                        || sentences[1 + floor(random() * array_length(sentences, 1))::int],
                    v_reply_at, md5('bench-address|' || i || '|' || j), md5('bench-visitor|' || i || '|' || j),
                    'James', v_reply_at + interval '2 hours')
            returning id into v_reply;
            if j = 2 then
                v_reply_at := v_reply_at + interval '6 hours';
                insert into comment (article_id, parent_id, root_id, depth, status, author_name, author_email, body,
                                     created_at, ip_hash, visitor_key, moderated_by, moderated_at)
                values (v_article, v_reply, v_root, 2, 'PUBLISHED', names[1 + (i * 11) % array_length(names, 1)],
                        'reader' || i || '-' || j || '-1@example.com',
                        replies[1 + floor(random() * array_length(replies, 1))::int],
                        v_reply_at, md5('bench-address|' || i || '|' || j || '|1'),
                        md5('bench-visitor|' || i || '|' || j || '|1'), 'James', v_reply_at + interval '2 hours');
            end if;
        end loop;
    end loop;

    -- the benchmark visitor's held reply to the oldest generated thread (on the first page)
    insert into comment (article_id, parent_id, root_id, depth, status, author_name, author_email, body,
                         created_at, ip_hash, visitor_key)
    values (v_article, v_first, v_first, 1, 'HELD', 'Robin', 'robin@example.com',
            'Thank you, this is helpful. I start on Monday and will report back how the first weeks go.',
            now() - interval '1 hour', md5('bench-address|held'), '5e1f00000000000000000000000be4c1');

    -- readers' votes on about half of the generated comments
    insert into vote (item_type, item_id, value, voter_key, ip_hash, created_at)
    select 'COMMENT', c.id, 1 + floor(random() * 5)::int,
           md5('bench-voter|' || c.id || '|' || n), md5('bench-voter-address|' || c.id || '|' || n),
           c.created_at + n * interval '1 hour'
    from comment c
    cross join lateral generate_series(1, 1 + (c.id % 9)::int) as n
    where c.article_id = v_article and c.status = 'PUBLISHED' and c.author_email like 'reader%@example.com'
      and c.id % 2 = 0;

    -- their summaries, kept as the site keeps them
    insert into rating_summary (item_type, item_id, vote_count, vote_sum)
    select v.item_type, v.item_id, count(*), sum(v.value)
    from vote v join comment c on v.item_type = 'COMMENT' and c.id = v.item_id
    where c.article_id = v_article
    group by v.item_type, v.item_id
    on conflict (item_type, item_id) do update
        set vote_count = excluded.vote_count, vote_sum = excluded.vote_sum;
end
$do$;
