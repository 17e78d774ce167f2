package org.painwise.site.comments;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticleCatalog;
import org.painwise.site.articles.PublishedArticle;
import org.painwise.site.shared.AfterCommit;
import org.painwise.site.shared.PageCache;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A comment that appears or disappears (published, answered by staff, or taken down after
 * it was published), or is featured or no longer, changes its article's pages: all of
 * them are evicted from the page cache once the change has committed. Held comments are
 * only ever seen by their writers, whose pages are not cached.
 */
@Component
@RequiredArgsConstructor
class CommentPagesEviction {

	private final PageCache pages;

	private final ArticleCatalog catalog;

	@EventListener
	void on(CommentPublished published) {
		AfterCommit.run(() -> evictArticle(published.articleId()));
	}

	@EventListener
	void on(CommentStatusChanged change) {
		AfterCommit.run(() -> {
			if (change.from() == CommentStatus.PUBLISHED || change.to() == CommentStatus.PUBLISHED) {
				evictArticle(change.articleId());
			}
		});
	}

	@EventListener
	void on(CommentFeatureChanged changed) {
		AfterCommit.run(() -> evictArticle(changed.articleId()));
	}

	@EventListener
	void on(CommentsErased erased) {
		AfterCommit.run(() -> evictArticle(erased.articleId()));
	}

	private void evictArticle(long articleId) {
		catalog.findPublishedById(articleId).map(PublishedArticle::slug).ifPresent(pages::evictArticle);
	}

}
