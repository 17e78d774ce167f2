package org.painwise.site.articles;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.AfterCommit;
import org.painwise.site.shared.PageCache;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Article data shows almost everywhere (the article, lists, topic pages, related cards,
 * search, the sitemap) and edits are rare, so any change to an article, a person or a
 * topic empties the page cache once it has committed.
 */
@Component
@RequiredArgsConstructor
class PublicPagesEviction {

	private final PageCache pages;

	@EventListener
	void on(ArticleChanged change) {
		AfterCommit.run(() -> pages.evictEverything());
	}

	@EventListener
	void on(PersonChanged change) {
		AfterCommit.run(() -> pages.evictEverything());
	}

	@EventListener
	void on(TopicChanged change) {
		AfterCommit.run(() -> pages.evictEverything());
	}

}
