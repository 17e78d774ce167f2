package org.painwise.site.articles;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An article as an editor opens it, in any status.
 *
 * @param version the version the editor starts from, sent back when they save
 */
public record EditableArticle(long id, long version, ArticleStatus status, ArticleContent content,
		LocalDate firstPublished, LocalDate lastReviewed, LocalDate nextReviewDue, Instant updatedAt) {
}
