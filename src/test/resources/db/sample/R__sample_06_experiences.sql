-- Readers' experiences of a medicine: amitriptyline and pregabalin ask readers about theirs, and
-- fourteen published comments under amitriptyline carry answers, enough for its summary.
-- Repeatable and idempotent.

insert into medicine_article (article_id, side_effects)
select a.id, v.effects
from (values
    ('amitriptyline', array['drowsiness', 'dry mouth', 'weight gain', 'constipation', 'dizziness', 'vivid dreams']),
    ('pregabalin', array['dizziness', 'drowsiness', 'weight gain', 'blurred vision', 'swollen ankles', 'brain fog'])
) as v (slug, effects)
join article a on a.slug = v.slug
on conflict (article_id) do nothing;

insert into comment_experience (comment_id, taken_for, helped, side_effects)
select c.id,
       (array['UNDER_A_MONTH', 'ONE_TO_SIX_MONTHS', 'SIX_TO_TWELVE_MONTHS', 'OVER_A_YEAR', 'STOPPED'])[1 + c.n % 5],
       (array['A_LOT', 'A_LITTLE', 'A_LITTLE', 'NOT_AT_ALL', 'A_LOT', 'TOO_EARLY', 'A_LITTLE'])[1 + c.n % 7],
       case c.n % 5 when 0 then array['drowsiness', 'dry mouth'] when 1 then array['drowsiness', 'weight gain']
                    when 2 then array['dry mouth', 'vivid dreams'] when 3 then array['drowsiness', 'constipation']
                    else array['dizziness'] end
from (select m.id, row_number() over (order by m.created_at, m.id) as n
      from comment m join article a on a.id = m.article_id
      where a.slug = 'amitriptyline' and m.status = 'PUBLISHED' and m.staff_name is null and m.parent_id is null
      order by m.created_at, m.id
      limit 14) as c
on conflict (comment_id) do nothing;
