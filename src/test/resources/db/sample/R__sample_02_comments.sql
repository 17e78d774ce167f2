-- Sample readers' comments for Painwise (fictional UK pain charity): a long, threaded
-- conversation under the amitriptyline article, a few comments on other articles, and a
-- small moderation queue (held, rejected and spam comments).
--
-- Runs after R__sample_01_articles.sql, which creates the articles. Repeatable and idempotent:
-- if the amitriptyline article already has any comments, nothing is inserted.
-- Every commenter is fictional and every comment was written for this project. Peers share
-- their own experience only; nothing here is dosing advice.
-- Dates are relative to the day the migration runs.
--
-- How it works: each comment is first listed in a temporary table with a short reference
-- ("ami-01", "ami-01-a", ...), the reference of the comment it replies to (parent_ref), how many
-- days ago it was written and at what time of day. The loop below then inserts them oldest
-- first, looks up each parent's id, and works out parent_id, root_id and depth from it.
--   parent_ref  - the comment this one hangs under (its depth is the parent's depth + 1, at most 2)
--   answers_ref - only for a reply to a depth-2 comment: that comment. The reply attaches to the
--                 same parent (so it stays at depth 2) and reply_to_name is that comment's author.
-- The loop refuses (raises an error) if a reply is not newer than the moment its parent, or the
-- comment it answers, was published, or if a comment is older than its article.

do $do$
declare
    r          record;
    p          record;
    ans        record;
    art        record;
    i          integer := 0;
    v_id       bigint;
    v_parent   bigint;
    v_root     bigint;
    v_depth    integer;
    v_reply_to varchar(80);
    v_created  timestamptz;
    v_mod_by   varchar(120);
    v_mod_at   timestamptz;
begin
    if exists (select 1 from comment c join article a on a.id = c.article_id where a.slug = 'amitriptyline') then
        return;
    end if;

    create temp table sample_comment (
        ref          text primary key,
        slug         text        not null,
        parent_ref   text,
        answers_ref  text,
        status       text        not null,
        author_name  text        not null,
        author_email text        not null,
        days_ago     integer     not null check (days_ago >= 1),
        at_time      time        not null,
        flags        text[]      not null default '{}',
        staff_name   text,
        decided_by   text,       -- who published, rejected or marked as spam; 'James' unless set
        note         text,       -- moderation note
        body         text        not null,
        id           bigint      -- filled in by the loop
    ) on commit drop;

    insert into pg_temp.sample_comment
        (ref, slug, parent_ref, answers_ref, status, author_name, author_email, days_ago, at_time,
         flags, staff_name, decided_by, note, body)
    values

    -- =====================================================================================
    -- Amitriptyline: published conversation
    -- =====================================================================================

    ('ami-01', 'amitriptyline', null, null, 'PUBLISHED', 'Maria', 'maria.jenkins@example.com', 528, '21:40',
     '{}', null, null, null,
$b$I was started on 10mg for fibromyalgia pain about three months ago. The first fortnight was rough. I was so groggy in the mornings it felt like walking through treacle, and my mouth was like sandpaper.

My pharmacist suggested taking it around 7pm instead of right at bedtime and that made a big difference to the mornings. The pain isn't gone but it has taken the edge off, and I'm actually sleeping through most nights. Glad I stuck with it.$b$),

    ('ami-01-a', 'amitriptyline', 'ami-01', null, 'PUBLISHED', 'Bashar', 'bashar.haddad@example.net', 526, '19:05',
     '{}', null, null, null,
$b$Hi Maria, can I ask what side effects you had apart from the grogginess? My GP has suggested it for my lower back and I'm a bit nervous after reading the leaflet.$b$),

    ('ami-01-a-1', 'amitriptyline', 'ami-01-a', null, 'PUBLISHED', 'Maria', 'maria.jenkins@example.com', 525, '12:30',
     '{}', null, null, null,
$b$Hi Bashar, dry mouth mainly, and I was a bit bunged up the first couple of weeks (prunes are my friend now!). Nothing scary for me. The leaflet lists everything, which makes it sound worse than it was, but everyone is different so do ask your pharmacist if you're worried. Good luck x$b$),

    ('ami-01-a-2', 'amitriptyline', 'ami-01-a', null, 'PUBLISHED', 'James, Painwise', 'moderation@painwise.example', 524, '11:20',
     '{}', 'James', null, null,
$b$Hi Bashar, thank you for your question. It's completely normal to feel nervous about starting a new medicine. We can't advise on your own situation here, but your GP or pharmacist can talk it through with you, and a pharmacist will happily go through the leaflet with you when you collect your prescription.

If it would help to talk to someone, our helpline is on 0306 999 0123, Monday to Friday, 10am to 4pm.

James, Painwise$b$),

    ('ami-01-a-3', 'amitriptyline', 'ami-01-a', 'ami-01-a-1', 'PUBLISHED', 'Bashar', 'bashar.haddad@example.net', 524, '21:10',
     '{}', null, null, null,
$b$Thanks Maria (and James), that's really reassuring. I'll have a chat with the pharmacist when I pick it up. My mum keeps saying إن شاء الله it will help, so no pressure then 😄$b$),

    ('ami-02', 'amitriptyline', null, null, 'PUBLISHED', 'Gareth M', 'gaz.morgan78@example.com', 515, '07:52',
     '{}', null, null, null,
$b$been on it 3 weeks for nerve pain in my foot after my op. sleeping better but no change in the pain yet. hoping it kicks in soon$b$),

    ('ami-02-a', 'amitriptyline', 'ami-02', null, 'PUBLISHED', 'Siân', 'sian.llewellyn@example.org', 514, '20:30',
     '{}', null, null, null,
$b$Hang in there Gareth. Mine took a good six weeks before I noticed the burning in my feet was less. The sleep came first for me too. Keeping a little diary like the article says helped me see the small changes I'd have missed otherwise.$b$),

    ('ami-02-a-1', 'amitriptyline', 'ami-02-a', null, 'PUBLISHED', 'Gareth M', 'gaz.morgan78@example.com', 470, '12:15',
     '{}', null, null, null,
$b$update for anyone reading this - week 7 now and yes its definately calmer. not gone but i can wear proper shoes most of the day again. diolch Siân$b$),

    ('ami-03', 'amitriptyline', null, null, 'PUBLISHED', 'Agnieszka Wójcik', 'a.wojcik@example.com', 502, '23:18',
     '{}', null, null, null,
$b$I take amitriptyline since last year for migraine prevention. For me it is working well, I have maybe 3 migraines in a month now instead of 10. Only bad thing is I put on weight, around 6 kg, I am always hungry in the evening. I am talking with my GP about it next month. Anybody else have this problem with the weight?$b$),

    ('ami-03-a', 'amitriptyline', 'ami-03', null, 'PUBLISHED', 'Lisa C', 'lisa.carter@example.com', 500, '18:40',
     '{}', null, null, null,
$b$Yes!! The evening munchies are real. I put on about a stone over the first year. What helped me a bit was not keeping snacks in the house and going for a short walk after tea. My GP did offer to look at other options, but my migraines were so much better that I decided to stay on it for now.$b$),

    ('ami-03-b', 'amitriptyline', 'ami-03', null, 'PUBLISHED', 'Tom A', 'tom.ashworth@example.net', 497, '13:02',
     '{}', null, null, null,
$b$Same here. My weight went up a bit at first but levelled off after a few months. Good that you're mentioning it to your GP.$b$),

    ('ami-03-b-1', 'amitriptyline', 'ami-03-b', null, 'PUBLISHED', 'Agnieszka Wójcik', 'a.wojcik@example.com', 495, '11:45',
     '{}', null, null, null,
$b$Thank you both, it helps to know I am not the only one. I will write here after my appointment.$b$),

    ('ami-04', 'amitriptyline', null, null, 'PUBLISHED', 'Dave P', 'dpickering@example.org', 489, '10:10',
     '{}', null, null, null,
$b$Honestly not impressed. Six weeks on it, felt like a zombie every morning and my pain was exactly the same. GP has switched me to something else now. Just wanted to put an honest review on here because it isn't a miracle for everyone.$b$),

    ('ami-04-a', 'amitriptyline', 'ami-04', null, 'PUBLISHED', 'James, Painwise', 'moderation@painwise.example', 488, '11:30',
     '{}', 'James', null, null,
$b$Hi Dave, thank you for taking the time to share this, and I'm sorry it didn't work out for you. You're right that amitriptyline doesn't help everyone, and it's useful for other readers to hear that too. Going back to your GP to talk about other options was the right thing to do.

We can't advise on your own treatment, but if you'd like to talk things through with someone, our helpline is on 0306 999 0123, Monday to Friday, 10am to 4pm.

James, Painwise$b$),

    ('ami-04-b', 'amitriptyline', 'ami-04', null, 'PUBLISHED', 'Carol W', 'carol.whitfield@example.com', 486, '16:20',
     '{}', null, null, null,
$b$Fair play for posting, Dave. I was the same with amitriptyline, but my GP moved me to nortriptyline and it suited me much better. Not saying it'll be the same for you, it's just something you could ask about.$b$),

    ('ami-05', 'amitriptyline', null, null, 'PUBLISHED', 'Helen B', 'helen.brooks@example.org', 476, '14:00',
     '{}', null, null, null,
$b$My mum is 84 and has just been prescribed amitriptyline for the pain she's had since shingles. She already takes quite a few tablets for her heart and blood pressure.

Has anyone else's elderly parent taken it? I'm worried about her getting dizzy and falling at night when she gets up for the loo.$b$),

    ('ami-05-a', 'amitriptyline', 'ami-05', null, 'PUBLISHED', 'James, Painwise', 'moderation@painwise.example', 475, '10:40',
     '{}', 'James', null, null,
$b$Hi Helen, thank you for your comment. It's clear how much you care about your mum. We can't advise on her own treatment here, but her GP or pharmacist can check how amitriptyline fits with her other medicines. You're welcome to go along with her, or to ring them for her if she's happy for you to.

There's more about dizziness in the side effects section of the article above. And if you'd like to talk, our helpline is on 0306 999 0123, Monday to Friday, 10am to 4pm.

James, Painwise$b$),

    ('ami-05-b', 'amitriptyline', 'ami-05', null, 'PUBLISHED', 'Priya', 'priya.shah@example.com', 475, '19:25',
     '{}', null, null, null,
$b$Hi Helen, my dad (79) was on it for his pain after shingles. His pharmacist did a full check of all his tablets first, which put our minds at rest. We put a plug-in night light in the hallway and he kept his stick right by the bed. He was a bit unsteady the first week, then it settled. Definitely ask for a medicines review if she hasn't had one recently.$b$),

    ('ami-05-b-1', 'amitriptyline', 'ami-05-b', null, 'PUBLISHED', 'Helen B', 'helen.brooks@example.org', 474, '21:05',
     '{}', null, null, null,
$b$Thank you Priya, the night light is such a simple idea. I'll ring her pharmacy tomorrow.$b$),

    ('ami-05-c', 'amitriptyline', 'ami-05', null, 'PUBLISHED', 'Helen B', 'helen.brooks@example.org', 430, '15:15',
     '{}', null, null, null,
$b$Quick update in case it helps anyone in the same boat. Mum has been on it for two months now. Her pharmacist spotted that one of her other tablets could add to the drowsiness, and the GP changed it. She's sleeping better and the burning down her side is much less.

Thank you all, this page really helped me feel less on my own with it.$b$),

    ('ami-06', 'amitriptyline', null, null, 'PUBLISHED', 'Ryan', 'ryan.oconnell@example.net', 461, '01:47',
     '{}', null, null, null,
$b$its nearly 2am and im wide awake again so clearly not working yet lol. day 4. is the first week always this bad??$b$),

    ('ami-06-a', 'amitriptyline', 'ami-06', null, 'PUBLISHED', 'Becky S', 'becky.sutton@example.com', 460, '11:12',
     '{}', null, null, null,
$b$Ha, I remember those 2am scrolls. Day 4 is very early days. For me the first couple of weeks were the worst and then it settled, but if you're worried about how it's going the pharmacist is the one to ask. Mine was really helpful.$b$),

    ('ami-06-b', 'amitriptyline', 'ami-06', null, 'PUBLISHED', 'Ryan', 'ryan.oconnell@example.net', 444, '22:30',
     '{}', null, null, null,
$b$few weeks on - sleeping alot better now. still get a dry mouth but a bottle of water by the bed sorts it$b$),

    ('ami-07', 'amitriptyline', null, null, 'PUBLISHED', 'Margaret Ellis', 'margaret.ellis@example.org', 447, '11:20',
     '{}', null, null, null,
$b$I have taken a small dose of amitriptyline for about nine years now, for back and leg pain after two operations.

Things I wish I'd known at the start:
- it isn't a painkiller like paracetamol, you won't feel it working after an hour
- the dry mouth does get better, or you get used to it
- tell your dentist you take it!
- don't have a big glass of wine with it. I learnt that the hard way

My GP and I review it every year and so far we've agreed it still earns its place. It's one part of the jigsaw, along with swimming and pacing myself.

Wishing everyone reading this a good day.$b$),

    ('ami-07-a', 'amitriptyline', 'ami-07', null, 'PUBLISHED', 'Joanne', 'jo.price@example.com', 446, '19:00',
     '{}', null, null, null,
$b$This is such a helpful comment, thank you Margaret. Why the dentist though?$b$),

    ('ami-07-a-1', 'amitriptyline', 'ami-07-a', null, 'PUBLISHED', 'Margaret Ellis', 'margaret.ellis@example.org', 445, '11:05',
     '{}', null, null, null,
$b$Hi Joanne, a dry mouth can be harder on your teeth, so my dentist likes to keep an eye on things. Mention it to yours, mine was very understanding.$b$),

    ('ami-08', 'amitriptyline', null, null, 'PUBLISHED', 'Kwame', 'kwame.mensah@example.net', 433, '20:10',
     '{}', null, null, null,
$b$Does anyone find it makes their heart race a bit? I get a fluttery feeling some evenings.$b$),

    ('ami-08-a', 'amitriptyline', 'ami-08', null, 'PUBLISHED', 'Lisa C', 'lisa.carter@example.com', 432, '12:45',
     '{}', null, null, null,
$b$Kwame I'd ring your GP or 111 about that rather than wait for answers on here. The article says a fast or uneven heartbeat is something to get checked. Hope you're ok.$b$),

    ('ami-08-a-1', 'amitriptyline', 'ami-08-a', null, 'PUBLISHED', 'Kwame', 'kwame.mensah@example.net', 429, '18:00',
     '{}', null, null, null,
$b$Thanks Lisa, you were right to push me. Saw the GP, had a heart trace which was fine, and we're keeping an eye on it. Appreciate you.$b$),

    ('ami-09', 'amitriptyline', null, null, 'PUBLISHED', 'Sarah W', 'sarah.whitaker@example.com', 418, '22:50',
     '{}', null, null, null,
$b$Word of warning. I felt so much better after six months that I just stopped taking it one night without telling anyone. Big mistake.

Within a few days I had headaches, felt sick and couldn't sleep at all, and I was so irritable my partner was walking on eggshells. I went back to my GP, who helped me come off it properly and slowly.

Please don't do what I did.$b$),

    ('ami-09-a', 'amitriptyline', 'ami-09', null, 'PUBLISHED', 'Nathan', 'nathan.hughes@example.org', 417, '12:30',
     '{}', null, null, null,
$b$Thanks for posting this. I was literally thinking about doing the same thing this week. Booking a GP appointment instead.$b$),

    ('ami-09-a-1', 'amitriptyline', 'ami-09-a', null, 'PUBLISHED', 'Sarah W', 'sarah.whitaker@example.com', 416, '20:15',
     '{}', null, null, null,
$b$Good plan Nathan. Honestly, the slow way was so much easier.$b$),

    ('ami-09-b', 'amitriptyline', 'ami-09', null, 'PUBLISHED', 'Ffion', 'ffion.roberts@example.com', 368, '13:40',
     '{}', null, null, null,
$b$Same thing happened to me, I came off too quickly and had a couple of rotten weeks. The new article on this site about coming off pain medicines safely is worth reading before anyone tries.$b$),

    ('ami-10', 'amitriptyline', null, null, 'PUBLISHED', 'Colin', 'colin.baxter@example.net', 398, '09:05',
     '{}', null, null, null,
$b$Can't fault it for sleep. First proper night's sleep in about two years. Pain is maybe a third better, which I'll take.$b$),

    ('ami-11', 'amitriptyline', null, null, 'PUBLISHED', 'Emma D', 'emma.doyle@example.com', 386, '17:45',
     '{}', null, null, null,
$b$Anyone else get really vivid dreams on it? Not nightmares exactly, just very weird and detailed 😅$b$),

    ('ami-11-a', 'amitriptyline', 'ami-11', null, 'PUBLISHED', 'Becky S', 'becky.sutton@example.com', 385, '20:05',
     '{}', null, null, null,
$b$YES. I dreamt I was doing the big shop with the whole cast of Corrie. They calmed down after a month or so for me.$b$),

    ('ami-11-a-1', 'amitriptyline', 'ami-11-a', null, 'PUBLISHED', 'Emma D', 'emma.doyle@example.com', 384, '11:25',
     '{}', null, null, null,
$b$haha that's brilliant. glad it's not just me$b$),

    ('ami-11-a-2', 'amitriptyline', 'ami-11-a', 'ami-11-a-1', 'PUBLISHED', 'Jack F', 'jack.fenwick@example.org', 382, '12:30',
     '{}', null, null, null,
$b$Definitely not just you Emma! Mine were so vivid I'd wake up not sure what was real. I mentioned it to my pharmacist and we talked about the timing of my evening dose, which seemed to help me.$b$),

    ('ami-12', 'amitriptyline', null, null, 'PUBLISHED', 'Rachel', 'rachel.greene@example.com', 372, '19:55',
     '{}', null, null, null,
$b$I have diabetic nerve pain in both feet and was started on amitriptyline after duloxetine didn't suit me. Three months in: the pins and needles are still there, but the burning at night is much better.

Constipation was a pain (literally) for the first few weeks. More water, more veg and a walk every day sorted it out mostly.$b$),

    ('ami-12-a', 'amitriptyline', 'ami-12', null, 'PUBLISHED', 'Tom A', 'tom.ashworth@example.net', 370, '21:10',
     '{}', null, null, null,
$b$Good to hear Rachel. Feet are always the worst at night, aren't they. Glad you've found something that helps.$b$),

    ('ami-13', 'amitriptyline', null, null, 'PUBLISHED', 'Dafydd', 'dafydd.evans@example.net', 355, '08:40',
     '{}', null, null, null,
$b$Bit of a daft question maybe, but does it affect driving? I drive for work.$b$),

    ('ami-13-a', 'amitriptyline', 'ami-13', null, 'PUBLISHED', 'Carol W', 'carol.whitfield@example.com', 354, '18:30',
     '{}', null, null, null,
$b$Not daft at all. There's a section about it in the article above. I didn't drive for the first few days, or after my dose went up, until I knew how it made me feel. Ask your pharmacist, they can tell you more about your own situation.$b$),

    ('ami-13-a-1', 'amitriptyline', 'ami-13-a', null, 'PUBLISHED', 'Dafydd', 'dafydd.evans@example.net', 353, '12:00',
     '{}', null, null, null,
$b$Completely missed that section, thanks Carol. Will have a word with them.$b$),

    ('ami-14', 'amitriptyline', null, null, 'PUBLISHED', 'Lorraine', 'lorraine.mck@example.com', 340, '20:20',
     '{}', null, null, null,
$b$Just want to say thank you for explaining that it doesn't mean they think it's all in your head. That's exactly what I thought when the GP said "antidepressant", and I nearly didn't take it.$b$),

    ('ami-14-a', 'amitriptyline', 'ami-14', null, 'PUBLISHED', 'Priya', 'priya.shah@example.com', 339, '12:50',
     '{}', null, null, null,
$b$I felt exactly the same, Lorraine. Such a relief when someone explains it properly.$b$),

    ('ami-15', 'amitriptyline', null, null, 'PUBLISHED', 'Jess', 'jess.holloway@example.org', 318, '13:30',
     '{}', null, null, null,
$b$How long did it take everyone to get used to the morning grogginess? I'm a teacher and period one is a real struggle at the moment.$b$),

    ('ami-15-a', 'amitriptyline', 'ami-15', null, 'PUBLISHED', 'Maria', 'maria.jenkins@example.com', 317, '19:10',
     '{}', null, null, null,
$b$About two weeks for me Jess, and it got a lot better when I started taking it earlier in the evening, which was my pharmacist's suggestion. Worth asking yours.$b$),

    ('ami-15-b', 'amitriptyline', 'ami-15', null, 'PUBLISHED', 'Gareth M', 'gaz.morgan78@example.com', 316, '07:45',
     '{}', null, null, null,
$b$strong coffee lol. seriously though it did wear off after a few weeks for me$b$),

    ('ami-16', 'amitriptyline', null, null, 'PUBLISHED', 'Paul', 'paul.danby@example.com', 296, '18:00',
     '{}', null, null, null,
$b$Been prescribed it for tension headaches. Bit worried as I'm only 24 and it's an antidepressant. Is it ok to have a drink on a night out?$b$),

    ('ami-16-a', 'amitriptyline', 'ami-16', null, 'PUBLISHED', 'Ryan', 'ryan.oconnell@example.net', 295, '22:40',
     '{}', null, null, null,
$b$im 27 and on it. the article has a bit about alcohol. i found even a couple of pints hit me way harder than normal so i take it easy now. your pharmacist can tell you properly$b$),

    ('ami-17', 'amitriptyline', null, null, 'PUBLISHED', 'Nadia', 'nadia.rahman@example.org', 270, '21:35',
     '{}', null, null, null,
$b$I'm five weeks in, for neck pain. My sleep got better in the first week, which was amazing, but the pain itself has only started easing this week. Patience really is key.

Posting this for anyone in week 2 wondering if it will ever work.$b$),

    ('ami-17-a', 'amitriptyline', 'ami-17', null, 'PUBLISHED', 'Lucy', 'lucy.fairclough@example.com', 268, '08:15',
     '{}', null, null, null,
$b$Needed to read this today, I'm on day 10. Thank you.$b$),

    ('ami-17-a-1', 'amitriptyline', 'ami-17-a', null, 'PUBLISHED', 'Nadia', 'nadia.rahman@example.org', 267, '19:40',
     '{}', null, null, null,
$b$Good luck Lucy. Keep a note of how you're getting on and chat to your GP if you're worried. Rooting for you.$b$),

    ('ami-17-a-2', 'amitriptyline', 'ami-17-a', 'ami-17-a-1', 'PUBLISHED', 'Lucy', 'lucy.fairclough@example.com', 220, '20:00',
     '{}', null, null, null,
$b$Nadia, just wanted to come back and say: week 7 and it's working! My neck is so much better. Thank you for the encouragement when I needed it.$b$),

    ('ami-18', 'amitriptyline', null, null, 'PUBLISHED', 'Graham', 'graham.tully@example.net', 240, '16:20',
     '{}', null, null, null,
$b$The dry mouth is the worst bit for me. Sugar-free mints in every coat pocket. My dentist suggested a special toothpaste too, which has helped.$b$),

    ('ami-19', 'amitriptyline', null, null, 'PUBLISHED', 'Ceri', 'ceri.thomas@example.org', 212, '09:30',
     '{}', null, null, null,
$b$My husband has MS and has been on amitriptyline for nerve pain in his legs for a couple of years. If I'm honest it helps his sleep more than the pain.

One thing we found useful: we wrote down a pain score and a sleep score every evening for a month before his review. The GP said it made the conversation much easier.$b$),

    ('ami-19-a', 'amitriptyline', 'ami-19', null, 'PUBLISHED', 'Alan', 'alan.forbes@example.com', 210, '11:00',
     '{}', null, null, null,
$b$Great tip. I always forget everything the minute I sit down in the GP's room.$b$),

    ('ami-20', 'amitriptyline', null, null, 'PUBLISHED', 'Zoe', 'zoe.marshall@example.net', 180, '22:15',
     '{}', null, null, null,
$b$anyone had it for IBS? my gastro consultant suggested a tiny dose. didn't realise it was used for pain too until I found this page$b$),

    ('ami-20-a', 'amitriptyline', 'ami-20', null, 'PUBLISHED', 'Emma D', 'emma.doyle@example.com', 179, '19:20',
     '{}', null, null, null,
$b$Not for IBS myself, but my sister was given it for that by her consultant and said it helped her. Worth asking your consultant or pharmacist any questions you've got.$b$),

    ('ami-21', 'amitriptyline', null, null, 'PUBLISHED', 'Kevin L', 'kevin.liddle@example.com', 150, '12:00',
     '{}', null, null, null,
$b$Three years on it now. It's not perfect, but together with the pain management course I went on it has given me a bit of my life back. To anyone just starting: it's a slow burner, give it time and keep talking to your GP.$b$),

    ('ami-22', 'amitriptyline', null, null, 'PUBLISHED', 'Hannah', 'hannah.osei@example.org', 120, '20:45',
     '{}', null, null, null,
$b$Anyone else find the tablets hard to swallow? I asked my GP about the liquid and it's much easier for me.$b$),

    ('ami-23', 'amitriptyline', null, null, 'PUBLISHED', 'Stephen', 'stephen.marsh@example.com', 62, '07:15',
     '{}', null, null, null,
$b$Is it normal to feel a bit flat on it? Hard to describe. Not sad, just a bit... muted.$b$),

    ('ami-23-a', 'amitriptyline', 'ami-23', null, 'PUBLISHED', 'Margaret Ellis', 'margaret.ellis@example.org', 61, '14:00',
     '{}', null, null, null,
$b$Hi Stephen, I felt a bit like that early on. I mentioned it to my GP and we talked it through, which helped. Please do tell yours.

And if you ever feel really low, you can call your GP or 111, or Samaritans on 116 123 at any time.$b$),

    -- =====================================================================================
    -- Amitriptyline: moderation queue
    -- =====================================================================================

    ('ami-rejected', 'amitriptyline', null, null, 'REJECTED', 'Mick T', 'mick.t@example.net', 90, '23:55',
     '{}', null, 'James', 'Tells readers to stop their medicines overnight and makes claims about a treatment. Against our community guidelines.',
$b$Doctors are just pushing pills. BIN THE LOT. I stopped all mine overnight, started CBD oil and I've never felt better. Anyone who tells you different is in the pocket of the drug companies.$b$),

    ('ami-spam', 'amitriptyline', null, null, 'SPAM', 'Best Meds UK', 'cheapmeds.uk.sales@example.net', 45, '03:12',
     '{BLOCKLIST}', null, 'system', 'Links to an online pharmacy on the blocklist.',
$b$Buy Amitriptyline, Pregabalin, Tramadol NO PRESCRIPTION NEEDED!!! Cheapest prices in UK, next day delivery, discreet packaging
https://cheap-meds-uk.example.net/amitriptyline
https://cheap-meds-uk.example.net/offers?ref=painwise
WhatsApp for 20% off bulk orders$b$),

    ('ami-held-links', 'amitriptyline', null, null, 'HELD', 'Mark R', 'mark.radford@example.com', 5, '13:05',
     '{LINKS}', null, null, null,
$b$Some links I've found useful while I've been on amitriptyline, in case they help anyone:

https://www.nhs.uk/medicines/amitriptyline-for-pain-and-migraine/
https://bnf.nice.org.uk/drugs/amitriptyline-hydrochloride/
https://forum.painwise.example/t/amitriptyline-first-month
https://www.example.org/my-pain-diary/amitriptyline-month-one

The last one is my own blog where I've been writing up each week.$b$),

    ('ami-held-dose', 'amitriptyline', null, null, 'HELD', 'Tracey', 'tracey.bell@example.net', 3, '22:40',
     '{MEDICAL_ADVICE}', null, null, null,
$b$been on 20mg for a month and still in agony at night. should I go up to 30mg? my GP is impossible to get hold of and my next appointment isn't for 3 weeks. what dose is everyone else on??$b$),

    ('ami-21-held', 'amitriptyline', 'ami-21', null, 'HELD', 'Sam W', 'sam.whitford@example.org', 2, '19:30',
     '{}', null, null, null,
$b$Kevin, can I ask which pain management course you went on? Was it through the NHS? My GP mentioned one but I don't know what it involves.$b$),

    -- =====================================================================================
    -- Pregabalin
    -- =====================================================================================

    ('pre-01', 'pregabalin', null, null, 'PUBLISHED', 'Claire', 'claire.dunmore@example.com', 700, '20:00',
     '{}', null, null, null,
$b$I've been on pregabalin for sciatica for about eight months. It has helped the shooting pains down my leg a lot. The dizziness was bad at first and I've put on some weight.

I also find it makes me a bit forgetful, with words on the tip of my tongue. My GP says we'll review it in the spring.$b$),

    ('pre-01-a', 'pregabalin', 'pre-01', null, 'PUBLISHED', 'Wojciech', 'w.kowalski@example.net', 690, '12:00',
     '{}', null, null, null,
$b$Hello Claire, I have also this problem with finding the words on pregabalin. My wife laughs because I say "pass me the thing for the thing". For me it got a little better after some months. My pharmacist said to tell the GP about it, so I did.$b$),

    ('pre-01-a-1', 'pregabalin', 'pre-01-a', null, 'PUBLISHED', 'Claire', 'claire.dunmore@example.com', 688, '18:30',
     '{}', null, null, null,
$b$"The thing for the thing" is EXACTLY it! Thank you Wojciech, that made me laugh.$b$),

    ('pre-02', 'pregabalin', null, null, 'PUBLISHED', 'Steve H', 'steve.hollis@example.org', 610, '10:15',
     '{}', null, null, null,
$b$Heads up for anyone new to it: because it's a controlled medicine, the prescription is only valid for 28 days and you can't stock up. Caught me out over Christmas. Order your repeat early!$b$),

    ('pre-03', 'pregabalin', null, null, 'PUBLISHED', 'Anita', 'anita.desai@example.com', 380, '14:20',
     '{}', null, null, null,
$b$I came off pregabalin last year with my GP's help, slowly over a couple of months. It went fine doing it that way. I'd just say don't rush it, and be honest with your GP about how you're feeling as you go.$b$),

    ('pre-spam', 'pregabalin', null, null, 'SPAM', 'Jennifer Smith', 'jennifer.smith88@example.com', 30, '04:40',
     '{HONEYPOT}', null, 'system', 'The hidden form field was filled in.',
$b$Great post, very informative!! I have bookmarked your site and will share with my friends. Please check out my website for more tips on health and wellness and SEO services.$b$),

    ('pre-held', 'pregabalin', null, null, 'HELD', 'Rob', 'rob.ingram@example.com', 4, '21:15',
     '{}', null, null, null,
$b$Has anyone here been on pregabalin and amitriptyline at the same time? My GP has suggested adding amitriptyline and I'd like to hear how people got on.$b$),

    -- =====================================================================================
    -- Sleeping better with persistent pain
    -- =====================================================================================

    ('sleep-01', 'sleeping-better-with-persistent-pain', null, null, 'PUBLISHED', 'Julie', 'julie.ambrose@example.org', 280, '22:10',
     '{}', null, null, null,
$b$The tip about getting up if you can't sleep after 20 minutes or so sounds so simple, but it has helped me. I used to lie there getting more and more wound up, and the pain always feels worse when I'm angry.$b$),

    ('sleep-01-a', 'sleeping-better-with-persistent-pain', 'sleep-01', null, 'PUBLISHED', 'Imran', 'imran.qureshi@example.net', 278, '12:40',
     '{}', null, null, null,
$b$Same here Julie. I keep a jigsaw on the dining table for my 3am get-ups. Sounds mad, but it works for me. Dim lamp, no phone.$b$),

    ('sleep-02', 'sleeping-better-with-persistent-pain', null, null, 'PUBLISHED', 'Bethan', 'bethan.hughes@example.com', 200, '09:50',
     '{}', null, null, null,
$b$My back always flares at about 4am. A pillow between my knees has made a surprising difference. Small things!$b$),

    ('sleep-02-a', 'sleeping-better-with-persistent-pain', 'sleep-02', null, 'PUBLISHED', 'Julie', 'julie.ambrose@example.org', 199, '13:15',
     '{}', null, null, null,
$b$The pillow between the knees is a game changer, I agree!$b$),

    ('sleep-03', 'sleeping-better-with-persistent-pain', null, null, 'PUBLISHED', 'Peter L', 'peter.lyle@example.com', 95, '16:30',
     '{}', null, null, null,
$b$Cutting out tea after lunch made more difference than I expected. I was on about eight cups a day, the last one at 9pm. Took a week of headaches to adjust, but I'm dropping off much quicker now.$b$),

    ('sleep-held', 'sleeping-better-with-persistent-pain', null, null, 'HELD', 'Donna', 'donna.fry@example.net', 1, '23:30',
     '{}', null, null, null,
$b$does anyone listen to anything to help them drop off? podcasts, rain sounds, audiobooks? looking for ideas as im up again tonight$b$),

    -- =====================================================================================
    -- Coming off pain medicines safely
    -- =====================================================================================

    ('off-01', 'coming-off-pain-medicines-safely', null, null, 'PUBLISHED', 'Ffion', 'ffion.roberts@example.com', 364, '11:10',
     '{}', null, null, null,
$b$After my too-quick attempt at stopping amitriptyline (see my comment on that page), I read this and went back to my GP. We made a plan together and it was so much easier the second time round.$b$),

    ('off-01-a', 'coming-off-pain-medicines-safely', 'off-01', null, 'PUBLISHED', 'Nathan', 'nathan.hughes@example.org', 360, '20:05',
     '{}', null, null, null,
$b$Ffion, I saw your comment on the amitriptyline page too. I'm about halfway through coming off with my GP's plan now and it's going ok so far. A few odd dreams but nothing like what Sarah described.$b$),

    ('off-02', 'coming-off-pain-medicines-safely', null, null, 'PUBLISHED', 'Martin G', 'martin.gale@example.net', 250, '20:30',
     '{}', null, null, null,
$b$The bit about keeping a diary while you reduce was really useful. I noticed my pain was always worse on the days after I'd overdone it in the garden, nothing to do with the tablets at all. Would never have spotted that otherwise.$b$),

    ('off-held', 'coming-off-pain-medicines-safely', null, null, 'HELD', 'Gwen Parry', 'gwen.parry@example.org', 6, '10:20',
     '{}', null, null, null,
$b$Is anyone in the Swansea area interested in starting a little support group for people cutting down their pain medicines? We could meet for a cuppa once a month.
Text me on 07700 900461 or email gwen.parry@example.org$b$);

    -- Insert oldest first, so that every parent exists before its replies.
    for r in select * from pg_temp.sample_comment order by days_ago desc, at_time, ref loop
        i := i + 1;

        select a.id, a.first_published into art from article a where a.slug = r.slug;
        if not found then
            raise exception 'sample comments: article "%" is missing (run R__sample_01_articles first)', r.slug;
        end if;

        v_created := (current_date - r.days_ago) + r.at_time;
        if v_created::date < art.first_published then
            raise exception 'sample comments: % is older than its article %', r.ref, r.slug;
        end if;

        v_parent := null;
        v_root := null;
        v_depth := 0;
        v_reply_to := null;

        if r.parent_ref is not null then
            select c.id, c.root_id, c.depth, c.article_id, c.status, c.moderated_at into p
            from comment c join pg_temp.sample_comment s on s.id = c.id
            where s.ref = r.parent_ref;
            if not found then
                raise exception 'sample comments: parent % of % is not inserted before it', r.parent_ref, r.ref;
            end if;
            if p.article_id <> art.id or p.depth >= 2 or p.status <> 'PUBLISHED' then
                raise exception 'sample comments: % cannot reply to %', r.ref, r.parent_ref;
            end if;
            if v_created <= p.moderated_at then
                raise exception 'sample comments: % is not newer than the publication of its parent %', r.ref, r.parent_ref;
            end if;
            v_parent := p.id;
            v_root := p.root_id;
            v_depth := p.depth + 1;
        end if;

        if r.answers_ref is not null then
            select c.parent_id, c.depth, c.author_name, c.status, c.moderated_at into ans
            from comment c join pg_temp.sample_comment s on s.id = c.id
            where s.ref = r.answers_ref;
            if not found or ans.depth <> 2 or ans.parent_id is distinct from v_parent or ans.status <> 'PUBLISHED' then
                raise exception 'sample comments: % cannot answer %', r.ref, r.answers_ref;
            end if;
            if v_created <= ans.moderated_at then
                raise exception 'sample comments: % is not newer than the publication of %', r.ref, r.answers_ref;
            end if;
            v_reply_to := ans.author_name;
        end if;

        -- The latest moderation decision. Staff replies count as published when written;
        -- automatic decisions follow within seconds; James moderates in office hours.
        if r.status = 'HELD' then
            v_mod_by := null;
            v_mod_at := null;
        elsif r.staff_name is not null then
            v_mod_by := r.staff_name;
            v_mod_at := v_created;
        elsif r.decided_by = 'system' then
            v_mod_by := 'system';
            v_mod_at := v_created + interval '2 seconds';
        else
            v_mod_by := coalesce(r.decided_by, 'James');
            v_mod_at := v_created + make_interval(mins => 15 + (i * 37) % 180);
            if v_created::time < time '08:30' then
                v_mod_at := date_trunc('day', v_created) + interval '9 hours' + make_interval(mins => (i * 37) % 90);
            elsif v_mod_at::time > time '18:00' or v_mod_at::date <> v_created::date then
                v_mod_at := date_trunc('day', v_created) + interval '1 day 9 hours' + make_interval(mins => (i * 37) % 90);
            end if;
        end if;

        insert into comment (article_id, parent_id, root_id, depth, status, author_name, author_email,
                             body, reply_to_name, created_at, ip_hash, visitor_key, flags,
                             staff_account_id, staff_name, moderated_by, moderated_at, moderation_note)
        values (art.id, v_parent, v_root, v_depth, r.status, r.author_name, r.author_email,
                r.body, v_reply_to, v_created, null, null, r.flags,
                null, r.staff_name, v_mod_by, v_mod_at, r.note)
        returning id into v_id;

        -- a top-level comment is the root of its own thread
        if v_parent is null then
            update comment set root_id = id where id = v_id and root_id is null and parent_id is null;
        end if;

        update pg_temp.sample_comment set id = v_id where ref = r.ref;
    end loop;

    -- Status history: every comment was held first; the rest then have their current status.
    insert into comment_status_change (comment_id, from_status, to_status, changed_by, reason, changed_at)
    select c.id, h.from_status, h.to_status, h.changed_by, h.reason, h.changed_at
    from comment c
    join pg_temp.sample_comment s on s.id = c.id
    cross join lateral (values
        (1, null::varchar, 'HELD'::varchar, 'system'::varchar,
         case when cardinality(c.flags) = 0 then 'New comment, held for moderation'
              else 'New comment, held for moderation (flags: ' || array_to_string(c.flags, ', ') || ')' end,
         c.created_at),
        (2, 'HELD', c.status, c.moderated_by,
         coalesce(c.moderation_note, case when c.staff_name is not null then 'Reply from Painwise staff' end),
         c.moderated_at)
    ) as h (step, from_status, to_status, changed_by, reason, changed_at)
    where h.step = 1 or c.status <> 'HELD'
    order by h.changed_at, c.id, h.step;

    drop table pg_temp.sample_comment;
end
$do$;
