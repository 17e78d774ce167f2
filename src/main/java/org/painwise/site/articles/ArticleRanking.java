package org.painwise.site.articles;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * An order for the article list that another module knows how to make, such as by
 * readers' ratings. Without one, that choice of order lists the newest first.
 */
public interface ArticleRanking {

	/**
	 * @param page which page, and how many per page
	 * @return the ids of the published articles on that page, best first, out of how many
	 * published articles there are in all
	 */
	Page<Long> rankPublished(Pageable page);

}
