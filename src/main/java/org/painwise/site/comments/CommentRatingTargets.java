package org.painwise.site.comments;

import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticleCatalog;
import org.painwise.site.ratings.RatedComments;
import org.painwise.site.ratings.RatedItem;
import org.painwise.site.ratings.RatingTarget;
import org.springframework.stereotype.Component;

/**
 * Tells the ratings module which comments may be rated (published ones on published
 * articles) and on which page of the thread each appears.
 */
@Component
@RequiredArgsConstructor
class CommentRatingTargets implements RatedComments {

	private final CommentThreads threads;

	private final ArticleCatalog catalog;

	@Override
	public Optional<RatingTarget> findPublished(long commentId) {
		return threads.locate(commentId)
			.filter(located -> located.status() == CommentStatus.PUBLISHED)
			.flatMap(located -> catalog.findPublishedById(located.articleId())
				.map(article -> new RatingTarget(RatedItem.comment(commentId), article.title(),
						ThreadLinks.url(article.slug(), located.page()))));
	}

}
