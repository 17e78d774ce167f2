package org.painwise.site.articles;

import org.painwise.site.shared.PageCache;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Article data shows almost everywhere (the article, lists, topic pages, related cards, search,
 * the sitemap) and edits are rare, so any change to an article, a person or a topic empties the
 * page cache once it has committed.
 */
@Component
class PublicPagesEviction {

	private final PageCache pages;

	PublicPagesEviction(PageCache pages) {
		this.pages = pages;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(ArticleChanged change) {
		pages.evictEverything();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(PersonChanged change) {
		pages.evictEverything();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(TopicChanged change) {
		pages.evictEverything();
	}

}
