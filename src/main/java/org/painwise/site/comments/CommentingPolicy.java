package org.painwise.site.comments;

import java.time.Clock;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.PublishedArticle;
import org.springframework.stereotype.Component;

/**
 * Whether readers may comment on an article: the article's own switch, and the site-wide
 * rule that closes comments a set number of days after publication.
 */
@Component
@RequiredArgsConstructor
class CommentingPolicy {

	private final CommentProperties properties;

	private final Clock clock;

	/** Why comments are closed, or {@link Closure#OPEN}. */
	Closure closureOf(PublishedArticle article) {
		if (!article.commentsOpen()) {
			return Closure.CLOSED_FOR_ARTICLE;
		}
		if (properties.closeAfterDays() > 0 && article.firstPublished() != null
				&& !LocalDate.now(clock).isBefore(article.firstPublished().plusDays(properties.closeAfterDays()))) {
			return Closure.CLOSED_BY_AGE;
		}
		if (properties.closeWhenReviewOverdue() && article.nextReviewDue() != null
				&& article.nextReviewDue().isBefore(LocalDate.now(clock))) {
			return Closure.CLOSED_REVIEW_OVERDUE;
		}
		return Closure.OPEN;
	}

	enum Closure {

		OPEN, CLOSED_FOR_ARTICLE, CLOSED_BY_AGE, CLOSED_REVIEW_OVERDUE;

		boolean isOpen() {
			return this == OPEN;
		}

	}

}
