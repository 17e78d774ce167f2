package org.painwise.site.ratings;

import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticleCatalog;
import org.painwise.site.articles.PublishedArticle;
import org.painwise.site.shared.AfterCommit;
import org.painwise.site.shared.PageCache;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After a vote, the rated article's pages and the lists (cards show ratings) are evicted
 * from the page cache within the vote lag. The voter has a visitor cookie and sees their
 * vote at once.
 */
@Component
@RequiredArgsConstructor
class RatingPagesEviction {

	private final PageCache pages;

	private final ArticleCatalog catalog;

	private final RatedComments comments;

	@EventListener
	void on(VoteCounted vote) {
		AfterCommit.run(() -> slugOf(vote.item()).ifPresent(pages::evictAfterVote));
	}

	private Optional<String> slugOf(RatedItem item) {
		if (item.kind() == RatedItem.Kind.ARTICLE) {
			return catalog.findPublishedById(item.id()).map(PublishedArticle::slug);
		}
		return comments.findPublished(item.id())
			.map(target -> target.pagePath().replaceFirst("^/articles/([^/?#]+).*$", "$1"));
	}

}
