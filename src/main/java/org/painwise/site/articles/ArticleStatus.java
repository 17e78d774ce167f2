package org.painwise.site.articles;

/** Where an article is in its life. Readers only ever see {@link #PUBLISHED} articles. */
public enum ArticleStatus {

	DRAFT, PUBLISHED, ARCHIVED

}
