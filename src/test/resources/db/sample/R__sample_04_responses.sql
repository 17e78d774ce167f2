-- Sample standard responses: the charity's usual set, for the development site and the tests.
-- Repeatable and idempotent: a response is added only if none with its title exists, so
-- moderators' changes on the development site are kept. Placeholders such as {name} are filled in
-- when a moderator picks a response; {crisisline} and {emergency} come from the site's
-- configuration (site.crisis.line, site.crisis.emergency), so the numbers are never copied here.
-- Replies are signed automatically with the moderator's name and the site's name.

insert into standard_response (title, body, active, position, suggested_for)
select v.title, v.body, true, v.position, v.suggested_for
from (values
    ('Can’t advise on your own case', 10, 'MEDICAL_ADVICE',
$b$Hi {name}, thank you for your comment. We're sorry, but we can't give advice about your own treatment here, because we don't know your health history. Your GP or pharmacist can talk it through with you, and a pharmacist can often help the same day without an appointment.

If it would help to talk to someone, our helpline is on {helpline}.$b$),
    ('Speak to your prescriber before changing a dose', 20, null,
$b$Hi {name}, thank you for your question. Please don't change your dose, or stop taking your medicine, without speaking to whoever prescribed it first: they can tell you what is safe for you and how to do it. If you can't get an appointment soon, a pharmacist can help in the meantime, or you can call NHS 111.$b$),
    ('Our helpline and forum', 30, null,
$b$Hi {name}, thank you for getting in touch. If you'd like to talk things through, our helpline is on {helpline}. You can also share experiences with other people living with pain on our forum: {forum}$b$),
    ('Thanks for sharing', 40, null,
$b$Hi {name}, thank you for sharing your experience of this. It really helps other readers of "{article}" to hear how it has been for someone else.$b$),
    ('Urgent support', 5, 'CRISIS',
$b$Hi {name}, thank you for telling us how you are feeling. We're sorry things are so hard right now, and you don't have to face this on your own.

{emergency}

You can talk to someone at any time: {crisisline}. You can also contact your GP, or call NHS 111.

We're here for you too: our helpline is on {helpline}.$b$)
) as v (title, position, suggested_for, body)
where not exists (select 1 from standard_response r where r.title = v.title);

-- Suggested for comments that mention a possible side effect.
insert into standard_response (title, body, active, position, suggested_for)
select 'Reporting a side effect',
$b$Hi {name}, thank you for describing what happened. If you think a medicine caused a side effect, you can report it to the Yellow Card scheme run by the MHRA at https://yellowcard.mhra.gov.uk/ (your doctor or pharmacist can report it too). It helps make medicines safer for everyone. If the side effect is worrying you, please talk to your GP or pharmacist.$b$,
       true, 50, 'SIDE_EFFECT'
where not exists (select 1 from standard_response r where r.title = 'Reporting a side effect');

-- Emails to the writer of a rejected comment, sent only if they asked for emails and confirmed
-- their address; the community guidelines' link is added to every one.
insert into standard_response (title, body, active, position, kind)
select v.title, v.body, true, v.position, 'REJECTION'
from (values
    ('Advice about medicines', 10,
$b$Hi {name}, thank you for your comment on "{article}". We did not publish it because it suggests changing or stopping a medicine, and what is safe is different for everyone. Please talk it through with your GP or pharmacist. You are very welcome to share your own experience in another comment.$b$),
    ('Unkind to other readers', 20,
$b$Hi {name}, thank you for your comment on "{article}". We did not publish it because parts of it were unkind to other readers. Many people here are in pain and worried, so we keep the conversation gentle. You are welcome to post again.$b$),
    ('Advertising or links', 30,
$b$Hi {name}, thank you for your comment on "{article}". We did not publish it because it advertises a product, a service or another website, which our guidelines do not allow.$b$)
) as v (title, position, body)
where not exists (select 1 from standard_response r where r.title = v.title);
