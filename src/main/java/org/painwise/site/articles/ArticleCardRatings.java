package org.painwise.site.articles;

import java.util.Collection;
import java.util.Map;

/**
 * The rating line that article cards show, which another module knows how to read (the
 * ratings module implements this). Without one, cards show no ratings.
 */
public interface ArticleCardRatings {

	/**
	 * @param articleIds the articles on a page, all read in one statement
	 * @return each article's rating line, by article id
	 */
	Map<Long, CardRating> ratingsOf(Collection<Long> articleIds);

	/**
	 * A rating said in words, from the message bundle, such as "Rating: 3.64/5. From 28
	 * votes."
	 *
	 * @param messageKey the message
	 * @param arguments its arguments
	 */
	record CardRating(String messageKey, Object[] arguments) {
	}

}
