-- Sample content for Painwise (fictional UK pain charity): people, topics, articles,
-- references and FAQs. Repeatable and idempotent: every insert is guarded, so running
-- it again on a database that already holds these rows changes nothing.
-- All people are fictional. Article text was written for this project.
-- Dates are relative to the day the migration runs.

-- ---------------------------------------------------------------------------
-- People
-- ---------------------------------------------------------------------------

insert into person (name, credentials, bio)
select 'Dr Eleanor Whitcombe',
       'Consultant in Anaesthesia & Pain Medicine (MBChB, FRCA, FFPMRCA)',
       $t$Eleanor has worked as a consultant in a large NHS pain service in the north of England for over 15 years. She runs clinics for people with nerve pain and long-term back pain. She is passionate about clear, honest information that helps people make their own choices about treatment.$t$
where not exists (select 1 from person where name = 'Dr Eleanor Whitcombe');

insert into person (name, credentials, bio)
select 'Meera Halloran',
       'Specialist Pain Pharmacist (MPharm, PgDip Clinical Pharmacy, MRPharmS, Independent Prescriber)',
       $t$Meera is a pharmacist and independent prescriber who works in a hospital pain team and in GP practices. She helps people get the most from their medicines, and supports them to reduce or stop medicines safely when they are no longer helping. Outside work she volunteers at a community health café.$t$
where not exists (select 1 from person where name = 'Meera Halloran');

insert into person (name, credentials, bio)
select 'Callum Fairbairn',
       'Clinical Nurse Specialist in Pain Management (RN, BSc (Hons), MSc Pain Management)',
       $t$Callum has been a nurse for 20 years and has specialised in pain management for the last 12. He leads group pain management programmes and a nurse-led telephone clinic. He believes people living with pain are the real experts in their own lives.$t$
where not exists (select 1 from person where name = 'Callum Fairbairn');

insert into person (name, credentials, bio)
select 'Niamh Costello',
       'Advanced Physiotherapist in Persistent Pain (BSc (Hons) Physiotherapy, MCSP, HCPC registered)',
       $t$Niamh is a physiotherapist who works with people whose pain has lasted for months or years. She focuses on helping people build confidence in moving again, at a pace that suits them. She also teaches pacing and flare-up planning to community groups.$t$
where not exists (select 1 from person where name = 'Niamh Costello');

insert into person (name, credentials, bio)
select 'Dr Tobias Renwick',
       'Consultant Clinical Psychologist in Pain Management (BSc, DClinPsy, HCPC registered)',
       $t$Tobias is a clinical psychologist in an NHS pain management service. He helps people cope with the impact of pain on sleep, mood and relationships. He has a special interest in sleep problems and has helped to design a sleep course for people with persistent pain.$t$
where not exists (select 1 from person where name = 'Dr Tobias Renwick');

-- ---------------------------------------------------------------------------
-- Topics
-- ---------------------------------------------------------------------------

insert into topic (slug, name, description, position) values
    ('nerve-pain-medicines', 'Medicines for nerve pain',
     $t$Plain-English guides to the medicines most often used for nerve pain: how they work, how to take them, side effects and how to stop them safely.$t$, 0),
    ('managing-pain-day-to-day', 'Managing pain day to day',
     $t$Practical ideas for living well with long-term pain, including pacing, planning for flare-ups and making changes to medicines.$t$, 1),
    ('sleep-and-pain', 'Sleep and pain',
     $t$Why pain and poor sleep often go together, and what you can do to sleep a little better.$t$, 2),
    ('working-with-your-healthcare-team', 'Working with your healthcare team',
     $t$How to get the most from appointments with your GP, pharmacist, nurse and other health professionals.$t$, 3)
on conflict (slug) do nothing;

-- ---------------------------------------------------------------------------
-- Articles
-- ---------------------------------------------------------------------------

-- Amitriptyline (long article, featured)
insert into article (slug, title, standfirst, body_markdown, author_id, reviewer_id,
                     first_published, last_reviewed, next_review_due, disclaimer,
                     status, comments_open, featured)
values (
    'amitriptyline',
    'Amitriptyline for pain',
    $t$Amitriptyline is a low-dose medicine often used for nerve pain and long-term pain that disturbs sleep. This guide explains how it works, how to take it, and what to expect.$t$,
    $md$## What is amitriptyline?

Amitriptyline is a medicine that can help with some types of long-term pain. It belongs to a group of medicines called tricyclic antidepressants.

The word "antidepressant" can be confusing. Many years ago, amitriptyline was made to treat depression. Doctors then noticed that it also eased some kinds of pain, even in people who were not depressed. For pain, it is used at much lower doses than for depression.

Being offered amitriptyline does not mean your doctor thinks your pain is "all in your head". Your pain is real. This medicine works on the way your nerves send and handle pain signals.

Amitriptyline is often used for:

- nerve pain, such as burning, shooting or stabbing pain
- pain that carries on after shingles
- some types of long-term back and neck pain
- preventing migraine and tension-type headaches
- long-term pain that stops you sleeping well

It comes as tablets and as a liquid. You need a prescription to get it.

## How it helps with pain

Your nerves carry messages between your body and your brain. When nerves are damaged or become over-sensitive, they can keep sending pain messages even when there is no new injury. This is often called nerve pain, or neuropathic pain.

Amitriptyline changes the levels of some natural chemicals in your brain and spinal cord. These chemicals help to turn down pain signals, a bit like turning down the volume on a radio. By boosting them, amitriptyline can make pain feel less strong.

Amitriptyline also makes many people feel sleepy. This can be useful if pain keeps you awake at night. Better sleep can also make pain easier to cope with during the day.

It helps to know what to expect. Amitriptyline does not work for everyone. When it does work, it usually takes the edge off the pain rather than taking it away completely. Most people find it works best as one part of a wider plan. That plan might include gentle activity, pacing and ways to relax.

## Before you start

Amitriptyline is not right for everyone. Tell your doctor or pharmacist before you start if you:

- have ever had a heart problem, such as a heart attack or an irregular heartbeat
- have epilepsy, or have ever had a seizure (fit)
- have glaucoma (raised pressure in the eye)
- find it hard to pee, or have an enlarged prostate
- have liver problems
- have bipolar disorder, or have ever had thoughts of harming yourself
- are pregnant, trying for a baby or breastfeeding
- take any other medicines, including ones you buy, herbal remedies and supplements

This helps your doctor decide if amitriptyline is a good choice for you, and what dose to start with.

## Taking amitriptyline

### How much to take

For pain, most adults start on a low dose of 5mg to 10mg a day. Your doctor will tell you how much to take. Always follow the instructions on the label.

You usually take amitriptyline once a day, in the evening or an hour or two before bed. This is because it can make you sleepy. If you feel very drowsy the next morning, try taking it a little earlier in the evening. You can take it with or without food.

Swallow the tablets with a drink of water. If you have the liquid, use the syringe or spoon that comes with it. A kitchen spoon will not give you the right amount.

### Increasing your dose slowly

Your doctor may suggest raising your dose slowly over several weeks. This is called titration. To titrate a dose means to go up in small steps until you find the amount that helps the most with the fewest side effects.

For example, you might go up by 10mg every week or two. Many people find a dose that suits them somewhere between 10mg and 50mg a day. For pain, the dose does not usually go above 75mg a day.

Only change your dose when you have agreed a plan with your doctor, nurse or pharmacist. Going up too fast can make side effects worse.

### If you forget a dose

If you forget your evening dose, skip it. Take your next dose at the usual time. Never take two doses at once to make up for a missed one.

If you often forget, try setting an alarm on your phone. You could also keep your tablets next to your toothbrush, so you see them at bedtime.

### If you take too much

Taking too much amitriptyline can be very dangerous. It can cause serious problems with your heart.

If you, or someone else, has taken too much, call NHS 111 or go to A&E straight away, even if there are no symptoms yet. If someone has collapsed, is having a fit or cannot be woken, call 999. Take the medicine box or leaflet with you if you can.

Keep amitriptyline somewhere safe, out of sight and reach of children.

## How long before it works

Amitriptyline does not work straight away. Some people find their sleep gets better within the first week. The effect on pain usually builds up more slowly.

You may notice a difference after 1 or 2 weeks. It can take 6 weeks or more to feel the full benefit, especially while your dose is still going up.

Try not to give up too soon. Side effects often show up before the benefits, which can be frustrating. Many side effects ease after the first couple of weeks, as your body gets used to the medicine.

It can help to keep a simple diary. Each day, write down your pain score, how well you slept and any side effects. This makes it easier to talk to your GP or pharmacist about whether the medicine is helping.

If you have been on the same dose for several weeks and notice no change, talk to your doctor. They may suggest a different dose or a different medicine.

## Side effects

Like all medicines, amitriptyline can cause side effects, but not everyone gets them. Side effects are often milder at the low doses used for pain.

### Common side effects

These are the side effects people mention most often:

- feeling sleepy or groggy, especially in the morning
- a dry mouth
- constipation
- headaches
- feeling dizzy, especially when you stand up quickly
- finding it hard to pee
- a fast or pounding heartbeat
- feeling hungrier than usual, or putting on weight

Some simple things can help:

- **Dry mouth:** sip water often, or try sugar-free gum or sweets.
- **Constipation:** drink plenty of fluids, eat more fibre such as fruit, vegetables and wholegrain foods, and keep gently active.
- **Dizziness:** stand up slowly, and sit down if you feel faint.
- **Morning grogginess:** take your dose a bit earlier in the evening.

If a side effect bothers you or does not go away, speak to your pharmacist or GP. Do not just stop taking the medicine.

### Serious side effects

Serious side effects are rare. Contact your GP or call NHS 111 straight away if you:

- have a very fast, uneven or pounding heartbeat
- have eye pain, a sudden change in your eyesight, or redness and swelling around the eye
- cannot pee at all, or have very bad constipation with tummy pain
- notice yellowing of your skin or the whites of your eyes
- have thoughts of harming yourself or ending your life

Call 999 or go to A&E if you have chest pain or a fit, or signs of a serious allergic reaction. These include swelling of the lips, mouth, throat or tongue, or struggling to breathe.

Tell a doctor quickly if you feel agitated, shaky or confused, are very hot and sweaty, or have twitching muscles. These can be signs of a rare problem called serotonin syndrome. It is more likely if you take amitriptyline with certain other medicines.

This is not a full list. The leaflet in your medicine box has more details. You can also report side effects to the Yellow Card scheme, which helps keep medicines safe for everyone.

## Driving, alcohol and other medicines

### Driving

Amitriptyline can make you sleepy or dizzy, or blur your vision. This is most likely when you first start, or just after your dose goes up.

Do not drive, cycle or use tools or machines if you feel any of these things. It is against the law to drive if a medicine affects your ability to drive safely. If you are not sure, ask your pharmacist, and wait until you know how the medicine affects you.

### Alcohol

Alcohol and amitriptyline together can make you much more sleepy. It is best not to drink for the first few days, and after any dose increase, until you know how you feel. After that, if you do drink, keep it to small amounts.

### Other medicines

Some medicines do not mix well with amitriptyline. Check with your pharmacist before you start anything new, including medicines you buy from a shop or online. Take extra care with:

- other antidepressants
- tramadol and some other strong painkillers
- migraine medicines called triptans
- some medicines for heart rhythm problems
- cough, cold and hay fever remedies that can make you drowsy
- sleeping tablets
- the herbal remedy St John's wort

Keep an up-to-date list of all your medicines in your phone or purse. It makes these checks quick and easy.

## Stopping amitriptyline

Do not stop taking amitriptyline suddenly, even if you feel better or have side effects. Stopping all at once can cause withdrawal symptoms. These can include feeling sick, headaches, feeling irritable or restless, and trouble sleeping.

If you and your doctor decide it is time to stop, you will usually lower your dose slowly. This might take a few weeks. The longer you have taken it, and the higher your dose, the more slowly you may need to go.

Some people stay on amitriptyline for months or years. It is a good idea to review it with your GP or pharmacist at least once a year. Together you can decide whether it is still helping and still the right choice for you.

## Pregnancy and breastfeeding

If you are trying for a baby, or you are pregnant or think you might be, talk to your doctor before you start amitriptyline. If you are already taking it and find out you are pregnant, do not stop suddenly. Speak to your doctor, midwife or pharmacist as soon as you can.

Amitriptyline is sometimes used during pregnancy. Your doctor will help you weigh up the possible benefits and risks for you and your baby. There may also be other ways to manage your pain during this time.

Small amounts of amitriptyline pass into breast milk. It is often used while breastfeeding, but talk to your doctor, health visitor or pharmacist first. Tell them if your baby seems unusually sleepy or is not feeding well.

## Getting support

Living with long-term pain is hard. Medicines are only one part of managing it. You might also find it helps to:

- learn about pacing, so you can do more with fewer flare-ups
- build a calm bedtime routine
- stay in touch with friends, family or a local support group
- ask your GP about pain management programmes in your area

If you have questions about amitriptyline, your local pharmacist is a great place to start. You do not need an appointment. For urgent advice when your GP surgery is closed, call NHS 111.
$md$,
    (select id from person where name = 'Meera Halloran' order by id limit 1),
    (select id from person where name = 'Dr Eleanor Whitcombe' order by id limit 1),
    current_date - 540, current_date - 120, current_date + 975,
    null, 'PUBLISHED', true, true
)
on conflict (slug) do nothing;

-- Gabapentin (OVERDUE for review)
insert into article (slug, title, standfirst, body_markdown, author_id, reviewer_id,
                     first_published, last_reviewed, next_review_due, disclaimer,
                     status, comments_open, featured)
values (
    'gabapentin',
    'Gabapentin for nerve pain',
    $t$Gabapentin can ease burning, shooting or stabbing nerve pain. Find out how it is started, what side effects to look out for, and why it should never be stopped suddenly.$t$,
    $md$## What is gabapentin?

Gabapentin is a medicine used to treat nerve pain. It was first made to treat epilepsy. Today it is also widely used for pain caused by damaged or irritated nerves, such as:

- nerve pain in the feet or hands caused by diabetes
- pain that carries on after shingles
- pain from a nerve that has been damaged by an injury or an operation

It comes as capsules, tablets and a liquid. You need a prescription to get it.

## How it works

When nerves are damaged, they can become over-active and send too many pain messages to the brain. Gabapentin calms these nerves down. This can make burning, shooting or stabbing pain less strong.

Gabapentin is not a general painkiller. It is unlikely to help with everyday aches in muscles or joints. It also does not work for everyone with nerve pain.

## Taking gabapentin

### Starting slowly

Gabapentin is started at a low dose and increased step by step. This is called titration. It gives your body time to get used to the medicine and helps to keep side effects down.

A common plan is to take 300mg on the first day, then build up over the next few days or weeks. Some people start lower, for example older people or people with kidney problems. Your prescriber will give you a plan. Ask for it in writing if that would help.

Gabapentin is usually taken three times a day. Try to spread the doses out, such as morning, mid-afternoon and bedtime. You can take it with or without food.

### Indigestion remedies

Some indigestion remedies (antacids) can stop your body taking in gabapentin properly. If you take one, wait 2 hours before your next dose of gabapentin.

### If you forget a dose

Take it as soon as you remember, unless it is nearly time for your next dose. Never take two doses at the same time.

## How long before it works

Some people notice a change within a week. For others it takes several weeks, while the dose is still going up. If you have reached the dose your prescriber suggested and there is no benefit after a few weeks, talk to them. There may be a better option for you.

## Side effects

Common side effects include:

- feeling sleepy, tired or dizzy
- feeling unsteady on your feet
- swelling in your hands, ankles or feet
- putting on weight
- blurred vision
- changes in mood

These often settle after the first few weeks. Tell your GP or pharmacist if they do not.

Contact your GP or NHS 111 straight away if you have thoughts of harming yourself. Call 999 if you find it hard to breathe, or have signs of a serious allergic reaction such as a swollen face or tongue. Breathing problems are more likely if you also take strong painkillers such as morphine, or if you have a lung condition.

## Driving and alcohol

Gabapentin can make you sleepy and dizzy. Do not drive or use machines until you know how it affects you. It is against the law to drive if a medicine affects your ability to drive safely.

Alcohol can make these effects stronger. It is best to avoid alcohol at first, and only drink small amounts, if any, after that.

## A controlled medicine

Since 2019, gabapentin has been a controlled medicine in the UK. This is because some people misuse it. For you, this mainly means:

- each prescription is only valid for 28 days
- you may be given smaller amounts at a time
- you must never share your medicine with anyone else

Some people find they come to depend on gabapentin. If you are worried about this, talk to your prescriber. You will not be judged.

## Stopping gabapentin

Do not stop gabapentin suddenly. This can cause withdrawal symptoms such as anxiety, sweating, trouble sleeping and feeling sick. In people with epilepsy, stopping suddenly can cause fits.

Your prescriber will help you lower the dose slowly, usually over at least a week and often longer.
$md$,
    (select id from person where name = 'Dr Eleanor Whitcombe' order by id limit 1),
    (select id from person where name = 'Meera Halloran' order by id limit 1),
    current_date - 1500, current_date - 1100, current_date - 30,
    null, 'PUBLISHED', true, false
)
on conflict (slug) do nothing;

-- Pregabalin (has its own disclaimer)
insert into article (slug, title, standfirst, body_markdown, author_id, reviewer_id,
                     first_published, last_reviewed, next_review_due, disclaimer,
                     status, comments_open, featured)
values (
    'pregabalin',
    'Pregabalin for nerve pain',
    $t$Pregabalin is a close cousin of gabapentin and is used for nerve pain. Here is what you need to know about taking it safely, its side effects, and coming off it.$t$,
    $md$## What is pregabalin?

Pregabalin is a medicine used for nerve pain. It is also used to treat epilepsy and generalised anxiety disorder. It is closely related to gabapentin and works in a similar way.

You might be offered pregabalin if you have:

- nerve pain caused by diabetes
- pain that carries on after shingles
- nerve pain after an injury or an operation
- nerve pain linked to conditions such as multiple sclerosis

## How it works

Pregabalin calms down over-active nerves. It lowers the number of pain messages they send to your brain. This can ease burning, shooting, stabbing or "electric shock" types of pain.

## Taking pregabalin

Pregabalin usually comes as capsules. It is taken two or three times a day, with or without food.

Your dose will start low and go up gradually. Health professionals often call this titrating the dose. For nerve pain, adults often start on 150mg a day, split into two or three doses. Some people start lower, especially older people and people with kidney problems. The dose may then go up over a week or more. The most anyone should take is 600mg a day.

Always follow the plan your prescriber gives you. Do not take extra capsules on a bad pain day. Pregabalin does not work that way, and taking more than prescribed can be dangerous.

If you forget a dose, take it when you remember, unless your next dose is due soon. Never take two doses together.

## How long before it works

Some people feel a difference within a week. It can take a few weeks to know if it is helping, especially while the dose is still going up. Keeping a note of your pain and sleep can help you and your prescriber decide.

## Side effects

Common side effects include:

- feeling dizzy or sleepy
- blurred or double vision
- feeling hungrier and putting on weight
- a dry mouth
- constipation
- swelling in your legs, ankles or feet
- trouble with memory or concentration
- feeling "drunk", or unusually cheerful

Many of these get better over time. Speak to your pharmacist or GP if they bother you.

Contact your GP or NHS 111 straight away if you have thoughts of harming yourself. Call 999 if you find it hard to breathe, or if your face, lips or tongue swell. Breathing problems are more likely if you also take opioid painkillers, have a lung condition, or are older.

## Driving and alcohol

Pregabalin can make you dizzy or sleepy and can affect your eyesight. Do not drive until you know how it affects you. It is against the law to drive if a medicine affects your ability to drive safely.

Alcohol makes drowsiness worse. It is best to avoid it, especially at first.

## Pregnancy and contraception

A large study found that taking pregabalin in early pregnancy may slightly raise the chance of some birth defects. If you could get pregnant, use reliable contraception while you take it.

If you are planning a pregnancy, or find out you are pregnant, speak to your doctor as soon as you can. Do not stop taking pregabalin suddenly.

## A controlled medicine

Like gabapentin, pregabalin is a controlled medicine in the UK. Each prescription is valid for 28 days. Keep your medicine somewhere safe and never share it.

Some people come to depend on pregabalin. If this worries you, be open with your prescriber. They are there to help, not to judge.

## Stopping pregabalin

Do not stop taking pregabalin suddenly. This can cause withdrawal symptoms such as trouble sleeping, headaches, feeling sick, anxiety, sweating and diarrhoea.

If you want to stop, your prescriber will help you lower the dose gradually, usually over at least a week.
$md$,
    (select id from person where name = 'Meera Halloran' order by id limit 1),
    (select id from person where name = 'Dr Eleanor Whitcombe' order by id limit 1),
    current_date - 820, current_date - 200, current_date + 900,
    $t$Pregabalin is a controlled medicine. This page gives general information only and cannot replace advice from your own prescriber. Never change your dose or stop pregabalin without talking to them first.$t$,
    'PUBLISHED', true, false
)
on conflict (slug) do nothing;

-- Duloxetine
insert into article (slug, title, standfirst, body_markdown, author_id, reviewer_id,
                     first_published, last_reviewed, next_review_due, disclaimer,
                     status, comments_open, featured)
values (
    'duloxetine',
    'Duloxetine for nerve pain',
    $t$Duloxetine is an antidepressant that is also used for nerve pain, especially pain caused by diabetes. Learn how it works, how to take it and how to manage common side effects.$t$,
    $md$## What is duloxetine?

Duloxetine is a medicine used for several conditions. It treats depression and anxiety. It is also used for nerve pain caused by diabetes, and sometimes for other kinds of long-term pain.

It belongs to a group of medicines called SNRIs. This stands for serotonin and noradrenaline reuptake inhibitors.

Being offered an antidepressant for pain does not mean anyone thinks your pain is imagined. Duloxetine works on the nerve pathways that carry and control pain.

## How it helps with pain

Serotonin and noradrenaline are natural chemical messengers. In the spinal cord, they help to turn down pain signals before they reach the brain. Duloxetine raises the levels of these messengers, which can make pain feel less intense.

Some people also find it helps with low mood or worry. These often come along with long-term pain.

## Taking duloxetine

Duloxetine comes as capsules. You take it once a day, at about the same time each day.

For nerve pain, the usual dose is 60mg once a day. Some people start on 30mg for the first week or two, to lower the chance of side effects.

- Swallow the capsules whole with a drink of water. Do not chew or open them.
- Taking it with food can help stop you feeling sick.
- If it keeps you awake, take it in the morning. If it makes you sleepy, try the evening.

If you forget a dose, take it as soon as you remember, unless it is nearly time for your next one. Never take two doses together.

## How long before it works

Some people notice a change in 1 to 2 weeks. It often takes a few weeks longer to feel the full benefit. If it has not helped after a couple of months, talk to your doctor about whether to carry on.

## Side effects

Common side effects include:

- feeling sick
- headaches
- a dry mouth
- feeling sleepy, or finding it hard to sleep
- constipation or diarrhoea
- feeling dizzy
- sweating more than usual
- not feeling hungry

Feeling sick is very common at first but usually fades within a week or two. Your doctor may also check your blood pressure, as duloxetine can raise it slightly.

Contact your GP or NHS 111 straight away if you notice yellowing of your skin or eyes, unusual bruising or bleeding, or have thoughts of harming yourself. Get urgent help if you feel very agitated, confused, shaky and hot. This can be a sign of a rare reaction called serotonin syndrome. Call 999 for chest pain, a fit or signs of a severe allergic reaction.

## Alcohol, driving and other medicines

Drinking heavily while taking duloxetine may harm your liver. It is best to avoid alcohol or keep to small amounts.

Duloxetine can make you dizzy or sleepy, especially at first. Do not drive until you know how it affects you.

Check with your pharmacist before taking other medicines, especially:

- other antidepressants
- tramadol
- triptans for migraine
- St John's wort
- medicines that thin the blood, such as warfarin
- anti-inflammatory painkillers, such as ibuprofen, which can raise the risk of bleeding when taken with duloxetine

## Stopping duloxetine

Do not stop taking duloxetine suddenly. This can cause dizziness, "electric shock" feelings, feeling sick, anxiety, vivid dreams and trouble sleeping.

Your doctor will help you lower the dose slowly. This usually takes at least 2 weeks, and sometimes much longer.
$md$,
    (select id from person where name = 'Dr Eleanor Whitcombe' order by id limit 1),
    (select id from person where name = 'Meera Halloran' order by id limit 1),
    current_date - 700, current_date - 160, current_date + 935,
    null, 'PUBLISHED', true, false
)
on conflict (slug) do nothing;

-- Nortriptyline
insert into article (slug, title, standfirst, body_markdown, author_id, reviewer_id,
                     first_published, last_reviewed, next_review_due, disclaimer,
                     status, comments_open, featured)
values (
    'nortriptyline',
    'Nortriptyline for nerve pain',
    $t$Nortriptyline is a close relative of amitriptyline. Some people find it causes fewer side effects. Here is how it is used for nerve pain and what to expect.$t$,
    $md$## What is nortriptyline?

Nortriptyline is a medicine from the same family as amitriptyline. This family is called tricyclic antidepressants. In fact, your body turns some amitriptyline into nortriptyline after you take it.

Nortriptyline is licensed in the UK to treat depression. Doctors also prescribe it for nerve pain at lower doses. Using a medicine in this way is sometimes called "off-label" use. It is common, and well recognised for nerve pain. Your doctor or pharmacist can tell you more.

## Why might I be offered it?

You might be offered nortriptyline if you have nerve pain, such as burning, shooting or tingling pain. It may also be suggested if amitriptyline helped your pain but caused side effects that were hard to live with.

Some people find nortriptyline makes them less drowsy than amitriptyline, and causes less of a dry mouth. But everyone is different.

## Taking nortriptyline

For pain, adults usually start on 10mg once a day, often in the evening. Your doctor may suggest increasing the dose slowly, every week or so, until it helps. For nerve pain the dose does not usually go above 75mg a day.

- Swallow the tablets whole with a drink of water.
- Take your dose at the same time each day.
- If you forget a dose, check the leaflet that came with your medicine or ask your pharmacist what to do. Never take two doses at once.

Taking too much nortriptyline can be dangerous. If you or someone else has taken too much, call NHS 111 or go to A&E straight away. Keep your tablets out of reach of children.

## How long before it works

Some people notice a small change within 1 or 2 weeks. It can take up to 6 weeks to feel the full effect. A simple diary of your pain, sleep and side effects will help when you talk to your GP.

## Side effects

Side effects are similar to amitriptyline, but often milder. They can include:

- a dry mouth
- constipation
- feeling sleepy or dizzy
- blurred vision
- finding it hard to pee
- sweating
- a faster heartbeat

Many ease after a couple of weeks. Talk to your pharmacist if they bother you.

Contact your GP or NHS 111 straight away if you have an uneven or pounding heartbeat, eye pain or sudden changes in your sight, or thoughts of harming yourself. Call 999 if you have chest pain, a fit, or signs of a serious allergic reaction.

## Driving, alcohol and other medicines

Nortriptyline can make you drowsy, especially at first. Do not drive or use machines until you know how it affects you. Alcohol can make drowsiness worse, so take care.

Check with your pharmacist before taking other medicines, including other antidepressants, tramadol, migraine medicines and St John's wort.

## Stopping nortriptyline

Do not stop suddenly. You may get withdrawal symptoms such as feeling sick, headaches and feeling irritable. Your doctor will help you lower the dose slowly over a few weeks.
$md$,
    (select id from person where name = 'Meera Halloran' order by id limit 1),
    (select id from person where name = 'Callum Fairbairn' order by id limit 1),
    current_date - 460, current_date - 90, current_date + 1005,
    null, 'PUBLISHED', true, false
)
on conflict (slug) do nothing;

-- Coming off pain medicines safely
insert into article (slug, title, standfirst, body_markdown, author_id, reviewer_id,
                     first_published, last_reviewed, next_review_due, disclaimer,
                     status, comments_open, featured)
values (
    'coming-off-pain-medicines-safely',
    'Coming off pain medicines safely',
    $t$Thinking about cutting down or stopping a pain medicine? Doing it slowly, with a plan agreed with your prescriber, makes it safer and easier.$t$,
    $md$## Why people reduce or stop pain medicines

There are many good reasons to think about cutting down a pain medicine. For example:

- it is not helping as much as it used to
- the side effects are making life harder
- you are worried about taking it for a long time
- your pain has improved
- you are planning a pregnancy

Long-term pain medicines do not always help as much as people hope. Some, such as opioids and gabapentin, can cause problems when taken for a long time. Reviewing your medicines regularly is a normal and sensible part of your care.

## Talk to your prescriber first

Please do not stop a pain medicine suddenly, or "go cold turkey". Many pain medicines need to be reduced slowly. Stopping all at once can make you feel unwell, and with some medicines it can be dangerous.

Book an appointment with your GP, practice pharmacist or whoever prescribes your medicine. Tell them you would like to talk about reducing it. They will help you make a plan that suits you.

## How reducing usually works

Lowering a dose slowly is often called tapering. A typical plan:

- changes one medicine at a time
- lowers the dose in small steps
- keeps each new dose the same for a couple of weeks or more before the next step
- lets you pause if things get hard

Going slowly is not a failure. It gives your body time to adjust. Some people finish in a few weeks. Others take many months, and that is fine.

## What you might notice

Some people notice withdrawal symptoms as the dose comes down. These depend on the medicine. They might include:

- aches, sweating, a runny nose or an upset stomach (with opioids)
- anxiety, sweating or poor sleep (with gabapentin or pregabalin)
- dizziness, feeling irritable or strange dreams (with some antidepressants)

Your pain may also feel a bit worse for a while after each step. This usually settles within a week or two. Many people find that, once they have come off a medicine, their pain is no worse than before. Some even feel clearer-headed and more like themselves.

If symptoms are hard to cope with, talk to your prescriber. You might pause, or take smaller steps.

## Tips that can help

- Choose a calmer time to start, not just before a big event.
- Keep a simple diary of your pain, sleep and mood.
- Use other ways to manage pain, such as pacing, gentle movement, heat and relaxation.
- Tell a friend or family member, so they can support you.
- Take unused medicines back to your pharmacy so they can be disposed of safely.

## Getting help

Your GP, pharmacist or pain team can support you all the way. For urgent advice out of hours, call NHS 111.

If you ever feel you might harm yourself, call 999 or go to A&E. You can also talk to Samaritans at any time, free, on 116 123.
$md$,
    (select id from person where name = 'Callum Fairbairn' order by id limit 1),
    (select id from person where name = 'Meera Halloran' order by id limit 1),
    current_date - 380, current_date - 60, current_date + 1035,
    null, 'PUBLISHED', true, false
)
on conflict (slug) do nothing;

-- Pacing activities (featured)
insert into article (slug, title, standfirst, body_markdown, author_id, reviewer_id,
                     first_published, last_reviewed, next_review_due, disclaimer,
                     status, comments_open, featured)
values (
    'pacing-activities',
    'Pacing: doing more without paying for it later',
    $t$Pacing is a way of planning your day so you can keep doing the things that matter to you, without the painful ups and downs of overdoing it.$t$,
    $md$## What is pacing?

Pacing means doing activities in smaller, steady amounts, with planned breaks. The aim is to keep your activity level more even from day to day, whatever your pain is doing.

It sounds simple, but it can make a big difference. Many people who live with long-term pain say pacing is one of the most useful skills they have learned.

## The boom and bust cycle

On a good day, it is natural to want to get everything done. You might clean the whole house, or spend hours in the garden. Then your pain flares up, and you need days to recover. While you recover, jobs pile up. So on the next good day you do too much again.

This is often called the boom and bust cycle. Over time, it can mean you manage less and less, and feel more and more fed up.

Pacing helps to break this cycle.

## How to start pacing

### Find your starting point

Pick an activity, such as walking, ironing or sitting at a computer. Over a few days, notice how long you can do it before your pain starts to build. Work out an average of good and bad days. Then take a little off that time. This is your starting point, sometimes called your baseline.

For example, if you can usually walk for 15 minutes before your pain builds, you might start with 10 minutes.

### Break tasks into chunks

Split big jobs into smaller ones. Instead of cleaning the whole kitchen, you might wipe the worktops today and clean the floor tomorrow.

### Use a timer

It is easy to lose track of time when you are busy. A kitchen timer or phone alarm can remind you to stop or change position before pain builds.

### Mix things up

Switch between different kinds of activity. For example, after 10 minutes of standing to cook, sit down to make a phone call.

### Rest before you need to

Plan short breaks into your day. Taking a break before your pain gets bad is very different from being forced to stop by it.

## Building up slowly

Once your starting point feels manageable on most days, you can build up. Add a small amount, such as a minute or two, every week or so. Small steps may feel frustrating, but they add up over time.

## When pacing feels hard

Pacing can feel strange at first. You might feel guilty for stopping when you could keep going. Other people might not understand why you are taking a break.

It is a skill, and it takes practice. Be kind to yourself if you slip back into old habits. Just start again the next day.

A physiotherapist, occupational therapist or pain management programme can help you learn to pace. Ask your GP what is available near you.
$md$,
    (select id from person where name = 'Niamh Costello' order by id limit 1),
    (select id from person where name = 'Dr Tobias Renwick' order by id limit 1),
    current_date - 900, current_date - 240, current_date + 855,
    null, 'PUBLISHED', true, true
)
on conflict (slug) do nothing;

-- Planning for flare-ups
insert into article (slug, title, standfirst, body_markdown, author_id, reviewer_id,
                     first_published, last_reviewed, next_review_due, disclaimer,
                     status, comments_open, featured)
values (
    'planning-for-flare-ups',
    'Making a flare-up plan',
    $t$Flare-ups are a normal part of living with long-term pain. Having a simple plan written down before one happens can help you feel more in control.$t$,
    $md$## What is a flare-up?

A flare-up is a time when your pain is much worse than usual. It might last hours, days or sometimes weeks. Flare-ups can be caused by doing too much, stress, poor sleep, illness or a change in the weather. Sometimes there is no clear reason at all.

For most people with long-term pain, a flare-up does not mean new damage. It means the pain system has become more sensitive for a while.

## Why make a plan?

When you are in a lot of pain, it can be hard to think clearly. A plan written on a good day means you do not have to work things out in the middle of a bad one. It can also help the people around you to know how to help.

## What to put in your plan

### Early warning signs

Write down the signs that a flare-up may be starting. For example, feeling more tired, stiffer muscles or being short-tempered.

### Things that help

List what usually eases your pain. This might include:

- a warm bath, heat pack or hot water bottle
- gentle stretches or a short, slow walk
- breathing exercises or relaxation recordings
- a favourite film, music or podcast to take your mind off things
- your medicines, taken as your prescriber has advised

### Things to cut back on

Decide what you can put on hold for a few days. Perhaps the ironing can wait, or a friend could do the school run.

### People who can help

Write down who you can call on, and what you might ask them to do. Include useful phone numbers, such as your GP surgery and your pharmacy.

### Getting back on track

Plan how you will slowly build back up to your normal activities, using pacing. Try not to rush back in on the first good day.

## A simple layout

Some people find it helpful to use headings like these:

- **My warning signs are:** ...
- **Things that help me are:** ...
- **Things I can put on hold are:** ...
- **People I can ask for help are:** ...
- **I will get back on track by:** ...

Keep a copy somewhere easy to find, such as on the fridge or in your phone.

## When it is not just a flare-up

Sometimes new or different symptoms need checking. Call 999 or go to A&E if you have:

- numbness around your bottom or genitals
- new problems controlling your bladder or bowels
- sudden weakness in your legs or arms
- chest pain, or pain with a high temperature and feeling very unwell

If your pain is very different from usual and you are worried, contact your GP or call NHS 111 for advice.

## After the flare-up

When things settle, look back at what happened. What helped? What could you try next time? Update your plan so it keeps working for you.
$md$,
    (select id from person where name = 'Callum Fairbairn' order by id limit 1),
    (select id from person where name = 'Niamh Costello' order by id limit 1),
    current_date - 610, current_date - 180, current_date + 915,
    null, 'PUBLISHED', true, false
)
on conflict (slug) do nothing;

-- Sleeping better with persistent pain (featured)
insert into article (slug, title, standfirst, body_markdown, author_id, reviewer_id,
                     first_published, last_reviewed, next_review_due, disclaimer,
                     status, comments_open, featured)
values (
    'sleeping-better-with-persistent-pain',
    'Sleeping better with persistent pain',
    $t$Pain can make it hard to sleep, and poor sleep can make pain feel worse. These practical tips can help you break the cycle and get more restful nights.$t$,
    $md$## Pain and sleep: a two-way street

Many people with long-term pain sleep badly. Pain can make it hard to get comfortable, and it can wake you in the night. Then, after a poor night, pain often feels stronger and harder to cope with.

The good news is that small changes to your routine can help. You may not fix your sleep overnight, but many people find their nights slowly improve.

## Build a routine

Your body likes a rhythm. Try to:

- get up at the same time every day, even at weekends and after a bad night
- go to bed when you feel sleepy, rather than at a fixed time
- get some daylight in the morning, even a short walk or sitting by a window

## Make your bedroom comfortable

- Keep the room dark, quiet and cool.
- Use pillows to support painful areas. A pillow between the knees can help if you sleep on your side.
- If your mattress is very old or uncomfortable, it may be worth thinking about a change. You do not need an expensive one.

## Wind down before bed

Give yourself around an hour to relax before bed. You might:

- have a warm bath or shower
- read, listen to music or a gentle podcast
- try a relaxation exercise, such as slow breathing or tensing and relaxing each part of your body in turn

Try to put phones, tablets and laptops away during this time.

## If you cannot sleep

Lying awake and frustrated can make things worse. If you have not fallen asleep after about 20 minutes, get up. Go to another room and do something quiet and calm in dim light. Go back to bed when you feel sleepy. Repeat this as often as you need to.

This can be hard at first, but over time it helps your brain link your bed with sleep, not with lying awake.

## Things to cut back on

- **Caffeine:** tea, coffee, cola and energy drinks can keep you awake. Try to avoid them after midday.
- **Alcohol:** it may help you nod off, but it disturbs your sleep later in the night.
- **Long naps:** if you need a rest in the day, keep it short, and not too late in the afternoon.

## Medicines and sleep

Some pain medicines, such as amitriptyline, can make you sleepy. Taking them at the right time of day can help. Ask your pharmacist when is best to take your medicines.

Sleeping tablets are usually only suitable for short periods. They can stop working and become hard to stop.

Strong painkillers called opioids can affect your breathing during sleep. If someone tells you that you snore loudly or stop breathing for short spells in the night, tell your GP.

## When to get more help

If poor sleep carries on for more than a few weeks, talk to your GP. A type of talking therapy called cognitive behavioural therapy for insomnia (CBT-I) works well for many people, including people with pain. It is available in some areas through the NHS, sometimes as an online course.
$md$,
    (select id from person where name = 'Dr Tobias Renwick' order by id limit 1),
    (select id from person where name = 'Callum Fairbairn' order by id limit 1),
    current_date - 300, current_date - 45, current_date + 1050,
    null, 'PUBLISHED', true, true
)
on conflict (slug) do nothing;

-- Talking to your GP about pain (comments closed)
insert into article (slug, title, standfirst, body_markdown, author_id, reviewer_id,
                     first_published, last_reviewed, next_review_due, disclaimer,
                     status, comments_open, featured)
values (
    'talking-to-your-gp-about-pain',
    'Talking to your GP about pain',
    $t$GP appointments can feel short, especially when pain affects so much of your life. A little preparation can help you say what matters and leave with a clear plan.$t$,
    $md$## Before your appointment

A bit of planning can help you get the most from a short appointment.

- **Keep a pain diary** for a week or two. Note your pain, your sleep, your activity and anything that seems to make things better or worse.
- **Make a list of your medicines.** Include ones you buy, herbal remedies and supplements. Note how you actually take them, not just what the label says.
- **Think about what matters most to you.** Is it sleeping better, getting back to work, or being able to play with your grandchildren?
- **Write down your top three questions.** Put the most important one first.

If you have a lot to discuss, ask the receptionist if you can book a longer or double appointment.

## Describing your pain

Pain is personal, and it can be hard to put into words. It can help to think about:

- **where** it is, and whether it spreads anywhere
- **what it feels like:** for example aching, burning, stabbing, throbbing or tingling
- **when** it happens, and how long it lasts
- **what helps** and what makes it worse
- **how it affects your life,** such as sleep, work, mood, relationships and hobbies

Your GP may ask you to score your pain from 0 to 10. It is also useful to explain what the pain stops you from doing. That often tells them more than a number.

## During the appointment

- Bring someone with you if you would like support, or to help you remember.
- Take notes, or ask if you can record the conversation.
- Be honest about side effects, and about any medicines you have stopped or changed.
- If you do not understand something, ask the GP to explain it again. That is completely fine.
- Before you leave, check what happens next and when you should come back.

## Questions you might want to ask

- What do you think is causing my pain?
- Do I need any tests?
- What are my treatment options, including ones that do not involve medicines?
- What are the possible benefits and downsides of each option?
- How long should I try this treatment before we review it?
- Is there a pain management programme or other service I could be referred to?

## Other people who can help

Many GP practices now have a team of health professionals. You might be offered an appointment with a practice pharmacist to review your medicines, or a physiotherapist for joint or muscle pain. Some practices also have social prescribers, who can link you with local groups and activities.

## If you do not feel heard

Sometimes an appointment does not go the way you hoped. You can:

- book a follow-up to carry on the conversation
- ask to see a different GP in the practice
- speak to the practice manager if you have concerns about your care

You deserve to be listened to and taken seriously. For urgent advice when your surgery is closed, call NHS 111.
$md$,
    (select id from person where name = 'Callum Fairbairn' order by id limit 1),
    (select id from person where name = 'Dr Eleanor Whitcombe' order by id limit 1),
    current_date - 1000, current_date - 300, current_date + 795,
    null, 'PUBLISHED', false, false
)
on conflict (slug) do nothing;

-- ---------------------------------------------------------------------------
-- Article topics (looked up by slug)
-- ---------------------------------------------------------------------------

insert into article_topic (article_id, topic_id)
select a.id, t.id
from (values
    ('amitriptyline',                        'nerve-pain-medicines'),
    ('amitriptyline',                        'sleep-and-pain'),
    ('gabapentin',                           'nerve-pain-medicines'),
    ('pregabalin',                           'nerve-pain-medicines'),
    ('duloxetine',                           'nerve-pain-medicines'),
    ('nortriptyline',                        'nerve-pain-medicines'),
    ('nortriptyline',                        'sleep-and-pain'),
    ('coming-off-pain-medicines-safely',     'nerve-pain-medicines'),
    ('coming-off-pain-medicines-safely',     'managing-pain-day-to-day'),
    ('pacing-activities',                    'managing-pain-day-to-day'),
    ('planning-for-flare-ups',               'managing-pain-day-to-day'),
    ('sleeping-better-with-persistent-pain', 'sleep-and-pain'),
    ('sleeping-better-with-persistent-pain', 'managing-pain-day-to-day'),
    ('talking-to-your-gp-about-pain',        'working-with-your-healthcare-team'),
    ('talking-to-your-gp-about-pain',        'managing-pain-day-to-day')
) as v (article_slug, topic_slug)
join article a on a.slug = v.article_slug
join topic t on t.slug = v.topic_slug
on conflict do nothing;

-- ---------------------------------------------------------------------------
-- References (position from 0; url optional)
-- ---------------------------------------------------------------------------

insert into article_reference (article_id, position, text, url)
select a.id, v.position, v.text, v.url
from (values
    ('amitriptyline', 0, 'NHS website: Amitriptyline for pain and migraine',
        'https://www.nhs.uk/medicines/amitriptyline-for-pain-and-migraine/'),
    ('amitriptyline', 1, 'British National Formulary (BNF): Amitriptyline hydrochloride',
        'https://bnf.nice.org.uk/drugs/amitriptyline-hydrochloride/'),
    ('amitriptyline', 2, 'NICE clinical guideline CG173: Neuropathic pain in adults: pharmacological management in non-specialist settings',
        'https://www.nice.org.uk/guidance/cg173'),
    ('amitriptyline', 3, 'Patient information leaflet supplied with amitriptyline tablets', null),

    ('gabapentin', 0, 'NHS website: Gabapentin',
        'https://www.nhs.uk/medicines/gabapentin/'),
    ('gabapentin', 1, 'British National Formulary (BNF): Gabapentin',
        'https://bnf.nice.org.uk/drugs/gabapentin/'),
    ('gabapentin', 2, 'Home Office: Pregabalin and gabapentin to be controlled as Class C drugs (announcement, 2018)', null),

    ('pregabalin', 0, 'NHS website: Pregabalin',
        'https://www.nhs.uk/medicines/pregabalin/'),
    ('pregabalin', 1, 'British National Formulary (BNF): Pregabalin',
        'https://bnf.nice.org.uk/drugs/pregabalin/'),
    ('pregabalin', 2, 'MHRA Drug Safety Update (2022): Pregabalin - findings of a safety study on risks during pregnancy', null),

    ('duloxetine', 0, 'NHS website: Duloxetine',
        'https://www.nhs.uk/medicines/duloxetine/'),
    ('duloxetine', 1, 'British National Formulary (BNF): Duloxetine',
        'https://bnf.nice.org.uk/drugs/duloxetine/'),
    ('duloxetine', 2, 'NICE clinical guideline CG173: Neuropathic pain in adults: pharmacological management in non-specialist settings',
        'https://www.nice.org.uk/guidance/cg173'),

    ('nortriptyline', 0, 'NHS website: Nortriptyline',
        'https://www.nhs.uk/medicines/nortriptyline/'),
    ('nortriptyline', 1, 'British National Formulary (BNF): Nortriptyline',
        'https://bnf.nice.org.uk/drugs/nortriptyline/'),
    ('nortriptyline', 2, 'Patient information leaflet supplied with nortriptyline tablets', null),

    ('coming-off-pain-medicines-safely', 0, 'Faculty of Pain Medicine: Opioids Aware',
        'https://www.fpm.ac.uk/opioids-aware'),
    ('coming-off-pain-medicines-safely', 1, 'NICE guideline NG215: Medicines associated with dependence or withdrawal symptoms: safe prescribing and withdrawal management for adults',
        'https://www.nice.org.uk/guidance/ng215'),
    ('coming-off-pain-medicines-safely', 2, 'NICE guideline NG193: Chronic pain (primary and secondary) in over 16s',
        'https://www.nice.org.uk/guidance/ng193'),

    ('pacing-activities', 0, 'NICE guideline NG193: Chronic pain (primary and secondary) in over 16s',
        'https://www.nice.org.uk/guidance/ng193'),
    ('pacing-activities', 1, 'The Pain Toolkit',
        'https://www.paintoolkit.org/'),
    ('pacing-activities', 2, 'Painwise pain management programme handbook (internal, 2023 edition)', null),

    ('planning-for-flare-ups', 0, 'British Pain Society: information for people living with pain',
        'https://www.britishpainsociety.org/'),
    ('planning-for-flare-ups', 1, 'Live Well with Pain',
        'https://livewellwithpain.co.uk/'),
    ('planning-for-flare-ups', 2, 'NHS 111 online',
        'https://111.nhs.uk/'),

    ('sleeping-better-with-persistent-pain', 0, 'NHS website: Insomnia',
        'https://www.nhs.uk/conditions/insomnia/'),
    ('sleeping-better-with-persistent-pain', 1, 'NICE guideline NG193: Chronic pain (primary and secondary) in over 16s',
        'https://www.nice.org.uk/guidance/ng193'),
    ('sleeping-better-with-persistent-pain', 2, 'Painwise sleep and pain course notes (internal)', null),

    ('talking-to-your-gp-about-pain', 0, 'NICE guideline NG193: Chronic pain (primary and secondary) in over 16s',
        'https://www.nice.org.uk/guidance/ng193'),
    ('talking-to-your-gp-about-pain', 1, 'Live Well with Pain',
        'https://livewellwithpain.co.uk/')
) as v (article_slug, position, text, url)
join article a on a.slug = v.article_slug
on conflict do nothing;

-- ---------------------------------------------------------------------------
-- FAQs (position from 0)
-- ---------------------------------------------------------------------------

insert into article_faq (article_id, position, question, answer)
select a.id, v.position, v.question, v.answer
from (values
    ('amitriptyline', 0,
        $t$Will amitriptyline change my mood or personality?$t$,
        $t$At the low doses used for pain, most people do not notice any change in their mood or personality. If you feel very low, anxious or not like yourself, talk to your GP.$t$),
    ('amitriptyline', 1,
        $t$Is amitriptyline addictive?$t$,
        $t$Amitriptyline is not thought to be addictive, and you will not crave it. But your body gets used to it, so stopping suddenly can cause withdrawal symptoms. If you want to stop, lower the dose slowly with your doctor's help.$t$),
    ('amitriptyline', 2,
        $t$Will I put on weight?$t$,
        $t$Some people feel hungrier and put on weight. Regular meals and staying gently active can help. If your weight is worrying you, talk to your GP or pharmacist.$t$),
    ('amitriptyline', 3,
        $t$Can I take paracetamol or ibuprofen with amitriptyline?$t$,
        $t$Usually, yes. Ask your pharmacist first if you have other health conditions or take other medicines, just to be sure.$t$),
    ('amitriptyline', 4,
        $t$I still feel groggy in the mornings. What can I do?$t$,
        $t$Try taking your dose earlier in the evening, for example at 7pm or 8pm. Morning grogginess often eases after a few weeks. If it does not, ask your GP or pharmacist.$t$),
    ('amitriptyline', 5,
        $t$How long will I need to take it?$t$,
        $t$Everyone is different. Some people take it for a few months and others for years. Review it with your GP or pharmacist at least once a year.$t$),

    ('gabapentin', 0,
        $t$Is gabapentin the same as pregabalin?$t$,
        $t$No, but they are similar medicines that work in a similar way. You should not usually take both at the same time.$t$),
    ('gabapentin', 1,
        $t$Can I take gabapentin with my other painkillers?$t$,
        $t$Often, yes, but it depends on which ones. Taking it with opioids such as codeine or morphine can make you more drowsy and affect your breathing, so always check with your pharmacist.$t$),
    ('gabapentin', 2,
        $t$Why do I need a new prescription every month?$t$,
        $t$Gabapentin is a controlled medicine, so each prescription is only valid for 28 days. Your GP surgery can help you plan ahead so you do not run out.$t$),

    ('pregabalin', 0,
        $t$Can I take pregabalin only when my pain is bad?$t$,
        $t$No. Pregabalin works by building up a steady level in your body, so it needs to be taken every day as prescribed.$t$),
    ('pregabalin', 1,
        $t$Will pregabalin make me put on weight?$t$,
        $t$Some people feel hungrier and put on weight. Planning meals and snacks can help. Talk to your GP or pharmacist if you are worried.$t$),
    ('pregabalin', 2,
        $t$Can I drink alcohol while taking pregabalin?$t$,
        $t$It is best to avoid alcohol, especially when you first start or after a dose increase. Together they can make you very sleepy and affect your breathing.$t$),

    ('duloxetine', 0,
        $t$Does taking duloxetine mean my doctor thinks I am depressed?$t$,
        $t$No. Duloxetine is used for nerve pain because it turns down pain signals in the spinal cord. This works whether or not you have depression.$t$),
    ('duloxetine', 1,
        $t$Can I open the capsules if I find them hard to swallow?$t$,
        $t$No. The capsules are designed to protect the medicine from stomach acid. Ask your pharmacist for advice if you struggle to swallow them.$t$),
    ('duloxetine', 2,
        $t$I feel sick after taking it. What can I do?$t$,
        $t$Try taking it with food. Feeling sick usually eases within a week or two. If it does not, talk to your GP or pharmacist.$t$),

    ('nortriptyline', 0,
        $t$Is nortriptyline better than amitriptyline?$t$,
        $t$Neither is better for everyone. They work in very similar ways, but some people find nortriptyline causes fewer side effects.$t$),
    ('nortriptyline', 1,
        $t$Can I switch from amitriptyline to nortriptyline?$t$,
        $t$Sometimes, yes. Your doctor will tell you how to switch safely. Do not take both at the same time.$t$),
    ('nortriptyline', 2,
        $t$Will nortriptyline help me sleep?$t$,
        $t$It can make you drowsy, which some people find helpful at night. It is often less sedating than amitriptyline.$t$),

    ('coming-off-pain-medicines-safely', 0,
        $t$Will my pain come back worse if I stop my medicine?$t$,
        $t$Pain can feel a bit worse for a short time after each step down, but this usually settles. Many people find their pain is no worse once they have come off a medicine.$t$),
    ('coming-off-pain-medicines-safely', 1,
        $t$What if I find reducing too hard?$t$,
        $t$You can pause, or take smaller steps. Talk to your prescriber. There is no rush, and needing more time is not a failure.$t$),

    ('pacing-activities', 0,
        $t$Does pacing just mean doing less?$t$,
        $t$No. Pacing is about doing things in a steadier way. Over time, most people find they can do more, not less.$t$),
    ('pacing-activities', 1,
        $t$Should I stop as soon as I feel any pain?$t$,
        $t$Not necessarily. With long-term pain you may always feel some pain. Pacing uses time, not pain, as the guide for when to stop or take a break.$t$),

    ('planning-for-flare-ups', 0,
        $t$Should I rest in bed during a flare-up?$t$,
        $t$A short rest can help, but staying in bed for a long time usually makes stiffness and pain worse. Try to keep gently moving, little and often.$t$),
    ('planning-for-flare-ups', 1,
        $t$Can I take extra painkillers during a flare-up?$t$,
        $t$Only if your prescriber has agreed this with you. Never take more than the label says. Ask your GP or pharmacist to help you include medicines in your plan.$t$),

    ('sleeping-better-with-persistent-pain', 0,
        $t$How much sleep do I need?$t$,
        $t$Most adults need around 7 to 9 hours, but everyone is different. Feeling rested during the day is a better guide than the number of hours.$t$),
    ('sleeping-better-with-persistent-pain', 1,
        $t$Should I ask my GP for sleeping tablets?$t$,
        $t$Sleeping tablets are usually only suitable for a short time. Talking therapy for insomnia often works better in the long run. Your GP can talk you through the options.$t$)
) as v (article_slug, position, question, answer)
join article a on a.slug = v.article_slug
on conflict do nothing;

-- ---------------------------------------------------------------------------
-- Other names (brand names, shown as "Also known as") and misspellings readers type (searched only)
-- ---------------------------------------------------------------------------

update article a
set alternative_names = v.names, misspellings = v.misspellings
from (values
    ('amitriptyline', 'Elavil, Trepiline, Triptafen', 'amitriptylene, amitryptiline, amitripryline'),
    ('pregabalin',    'Lyrica',                       'pregablin, pregabaline'),
    ('gabapentin',    'Neurontin',                    'gabapenten, gabapentine'),
    ('duloxetine',    'Cymbalta',                     'duloxitine, duloxatine')
) as v (slug, names, misspellings)
where a.slug = v.slug and a.alternative_names = '' and a.misspellings = '';
