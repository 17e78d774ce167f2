-- The article body as readers see it, produced from its Markdown when the article is saved
-- instead of on every request: the sanitised HTML, and the contents list (one heading a line,
-- "level|anchor|text"). Null until rendered: the site renders any article whose body_html is null
-- when it starts (existing articles, and articles added by SQL), and the page falls back to
-- rendering on the fly meanwhile. A change to how Markdown is rendered is rolled out by a
-- migration that sets body_html to null.
alter table article
    add column body_html     text,
    add column body_contents text;
