package org.painwise.site.articles;

import java.time.LocalDate;

/**
 * One article in the staff list, in any status.
 *
 * @param topics the names of its topics, comma separated
 */
public record StaffArticleRow(long id, String slug, String title, ArticleStatus status, String topics,
		LocalDate lastReviewed, LocalDate nextReviewDue) {
}
