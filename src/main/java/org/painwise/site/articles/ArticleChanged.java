package org.painwise.site.articles;

/**
 * An article was saved, published, unpublished, archived or marked as reviewed.
 */
public record ArticleChanged(long articleId, Change change) {

	/** What happened to the article. */
	public enum Change {

		SAVED, PUBLISHED, UNPUBLISHED, ARCHIVED, REVIEWED

	}

}
