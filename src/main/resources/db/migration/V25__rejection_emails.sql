-- Standard responses are of two kinds: replies published under a comment, and emails that tell
-- the writer of a rejected comment why it was not published.
alter table standard_response add column kind varchar(16) not null default 'REPLY'
    check (kind in ('REPLY', 'REJECTION'));
