-- Search that understands what readers type: other names for an article (brand names, shown as
-- "Also known as"), common misspellings (searched, never shown), and trigram matching over titles,
-- names and headings for typing mistakes. pg_trgm is a trusted extension: the database owner may
-- create it.

create extension if not exists pg_trgm;

-- comma-separated, as the editor types them
alter table article add column alternative_names text not null default '';
alter table article add column misspellings text not null default '';

-- the full-text vector now covers the other names too (with the title's weight)
alter table article drop column search_vector;
alter table article add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', coalesce(title, '') || ' ' || alternative_names), 'A') ||
    setweight(to_tsvector('english', coalesce(standfirst, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(body_markdown, '')), 'C')
) stored;
create index article_search_idx on article using gin (search_vector);

-- what trigram matching compares a reader's words with: title, other names, misspellings and the
-- body's headings (lines starting with #), lower-cased, one per line
alter table article add column search_names text generated always as (
    lower(title || E'\n' || alternative_names || E'\n' || misspellings || E'\n' ||
          regexp_replace(regexp_replace(regexp_replace(body_markdown,
              '^(?!#{1,6}[ \t]).*$', '', 'gn'), '^#{1,6}[ \t]+', '', 'gn'), '\s*\n\s*', E'\n', 'g'))
) stored;
create index article_search_names_trgm_idx on article using gin (search_names gin_trgm_ops);
