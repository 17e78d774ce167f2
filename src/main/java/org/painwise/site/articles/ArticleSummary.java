package org.painwise.site.articles;

import java.time.LocalDate;

/**
 * What a list shows of an article: its title and summary, and when it was published and last
 * checked.
 */
public record ArticleSummary(String slug, String title, String standfirst, LocalDate firstPublished,
		LocalDate lastReviewed) {
}
