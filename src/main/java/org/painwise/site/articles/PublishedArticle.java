package org.painwise.site.articles;

import java.time.LocalDate;

/**
 * The little that other modules need to know about a published article.
 *
 * @param nextReviewDue when the article is next due for review, or null if no date is set
 */
public record PublishedArticle(Long id, String slug, String title, LocalDate firstPublished, boolean commentsOpen,
		LocalDate nextReviewDue) {

	/**
	 * For callers that do not know the review date: the article then never counts as
	 * overdue.
	 */
	public PublishedArticle(Long id, String slug, String title, LocalDate firstPublished, boolean commentsOpen) {
		this(id, slug, title, firstPublished, commentsOpen, null);
	}

}
