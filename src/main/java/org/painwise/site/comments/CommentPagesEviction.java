package org.painwise.site.comments;

import org.painwise.site.articles.ArticleCatalog;
import org.painwise.site.articles.PublishedArticle;
import org.painwise.site.shared.PageCache;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A comment that appears or disappears (published, answered by staff, or taken down after it was
 * published) changes its article's pages: all of them are evicted from the page cache once the
 * change has committed. Held comments are only ever seen by their writers, whose pages are not
 * cached.
 */
@Component
class CommentPagesEviction {

	private final PageCache pages;

	private final ArticleCatalog catalog;

	CommentPagesEviction(PageCache pages, ArticleCatalog catalog) {
		this.pages = pages;
		this.catalog = catalog;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(CommentPublished published) {
		evictArticle(published.articleId());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(CommentStatusChanged change) {
		if (change.from() == CommentStatus.PUBLISHED || change.to() == CommentStatus.PUBLISHED) {
			evictArticle(change.articleId());
		}
	}

	private void evictArticle(long articleId) {
		catalog.findPublishedById(articleId).map(PublishedArticle::slug).ifPresent(pages::evictArticle);
	}

}
