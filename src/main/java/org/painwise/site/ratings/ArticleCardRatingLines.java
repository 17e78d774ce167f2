package org.painwise.site.ratings;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticleCardRatings;
import org.springframework.stereotype.Component;

/**
 * Gives article cards their rating, in the same words as under the article ("Rating:
 * 3.64/5. From 28 votes." or "No ratings yet."), for a whole list in one statement.
 */
@Component
@RequiredArgsConstructor
class ArticleCardRatingLines implements ArticleCardRatings {

	private final Ratings ratings;

	@Override
	public Map<Long, CardRating> ratingsOf(Collection<Long> articleIds) {
		Map<Long, CardRating> lines = new LinkedHashMap<>();
		ratings.summaries(RatedItem.Kind.ARTICLE, articleIds)
			.forEach((id, summary) -> lines.put(id, new CardRating(summary.messageKey(), summary.messageArguments())));
		return lines;
	}

}
