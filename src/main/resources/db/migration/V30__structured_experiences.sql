-- Articles about a medicine ask readers about their experience of it, in a few optional fields
-- after the comment box; the editor keeps the list of side effects readers can tick.
create table medicine_article (
    article_id   bigint primary key references article (id) on delete cascade,
    side_effects text[] not null default '{}'
);

-- A reader's answers, kept with their comment: published with it, erased with it.
create table comment_experience (
    comment_id   bigint primary key references comment (id) on delete cascade,
    taken_for    varchar(24) check (taken_for in ('UNDER_A_MONTH', 'ONE_TO_SIX_MONTHS', 'SIX_TO_TWELVE_MONTHS',
                                                  'OVER_A_YEAR', 'STOPPED')),
    helped       varchar(16) check (helped in ('A_LOT', 'A_LITTLE', 'NOT_AT_ALL', 'TOO_EARLY')),
    side_effects text[] not null default '{}'
);
