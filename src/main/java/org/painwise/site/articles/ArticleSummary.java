package org.painwise.site.articles;

import java.time.LocalDate;

/**
 * What a list shows of an article: its title and summary, when it was published and last
 * checked, and when it is next due for review.
 */
public record ArticleSummary(long id, String slug, String title, String standfirst, LocalDate firstPublished,
		LocalDate lastReviewed, LocalDate nextReviewDue) {

	/** Whether its review date has passed, as the article page says in its warning. */
	public boolean isReviewOverdue(LocalDate today) {
		return nextReviewDue != null && nextReviewDue.isBefore(today);
	}

}
