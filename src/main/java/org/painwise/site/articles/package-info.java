/**
 * Articles, topics and the people who write and check them, and the public reading pages:
 * home, article list, topic pages, the article page, search, sitemap and robots. Only
 * published articles are ever shown to readers; the Markdown body is rendered to
 * sanitised HTML on the way out.
 * <p>
 * The module owns the articles, people and topics and every change to them, because only
 * it can reach their entities' mutators. Editing is offered to the editorial module
 * through a small API: {@link ArticleEditing} (open, save, publish, unpublish, archive
 * and review an article) with exactly two records, {@link ArticleContent} (what an editor
 * writes) and {@link EditableArticle} (that, with the version, status and dates), and
 * {@link PeopleAndTopics}, which reads people and topics as their entities and changes
 * them field by field. Editing forms, staff lists and the review workflow belong to
 * editorial; {@link ArticleEditing#everyArticle()} is the one staff read other modules
 * (feedback) use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Articles")
package org.painwise.site.articles;
