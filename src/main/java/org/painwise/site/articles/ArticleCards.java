package org.painwise.site.articles;

import java.time.LocalDate;
import java.util.Map;

/**
 * What article cards show besides the article's own summary: whether it is overdue for
 * review and, where articles are rated, its rating.
 *
 * @param today the day the page is shown
 * @param ratings the rating line of each card's article, by article id
 */
public record ArticleCards(LocalDate today, Map<Long, ArticleCardRatings.CardRating> ratings) {

	public boolean overdue(ArticleSummary article) {
		return article.isReviewOverdue(today);
	}

	/** The article's rating line, or null when there is none to show. */
	public ArticleCardRatings.CardRating ratingOf(ArticleSummary article) {
		return ratings.get(article.id());
	}

}
