package org.painwise.site.ratings;

import java.util.Optional;

/**
 * How the ratings module learns about comments without depending on the comments module,
 * which implements this.
 */
public interface RatedComments {

	/**
	 * @return the comment, if it is published on a published article, with the page of
	 * the thread it appears on; empty for anything else (unknown, held, rejected, spam)
	 */
	Optional<RatingTarget> findPublished(long commentId);

}
