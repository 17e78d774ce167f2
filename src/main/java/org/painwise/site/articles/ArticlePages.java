package org.painwise.site.articles;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.painwise.site.shared.PageCache;
import org.springframework.stereotype.Component;

/**
 * What an article page shows of the article itself (its text, people, topics, references,
 * related articles and structured data), kept in memory by slug while the page cache is
 * on. Readers who get a personal render (their own held comment or vote is on the page)
 * then cost no article queries. It is emptied whenever the page cache is emptied of
 * everything: after any change to an article, person or topic, on this instance or, by
 * the page cache's notification, on another. The page cache's time to live bounds the
 * rest, such as the day an article's review becomes overdue.
 */
@Component
class ArticlePages {

	/** Published articles are few; this is a bound, not a tuning knob. */
	private static final int MOST_ARTICLES = 2000;

	private final ArticleCatalog catalog;

	private final MedicalWebPageJsonLd jsonLd;

	private final PageCache pageCache;

	private final Cache<String, Ready> ready;

	ArticlePages(ArticleCatalog catalog, MedicalWebPageJsonLd jsonLd, PageCache pageCache) {
		this.catalog = catalog;
		this.jsonLd = jsonLd;
		this.pageCache = pageCache;
		this.ready = Caffeine.newBuilder().maximumSize(MOST_ARTICLES).expireAfterWrite(pageCache.timeToLive()).build();
		pageCache.alsoEvict(ready::invalidateAll);
	}

	private volatile boolean shells = true;

	/** Whether article pages are kept, and so can be given as a shell and sections. */
	boolean keeping() {
		return shells && pageCache.enabled();
	}

	/** Whether a shell of this article's page is kept, for tests. */
	boolean hasShell(String slug) {
		Ready kept = ready.getIfPresent(slug);
		return kept != null && kept.shell.get() != null;
	}

	/**
	 * For tests that compare a page given as a shell and sections with one rendered
	 * whole.
	 */
	void useShells(boolean shells) {
		this.shells = shells;
	}

	/** The published article with this slug, with its structured data. */
	Optional<Ready> find(String slug) {
		if (!pageCache.enabled()) {
			return load(slug);
		}
		Ready kept = ready.getIfPresent(slug);
		if (kept != null) {
			return Optional.of(kept);
		}
		// only articles that exist are kept, so made-up slugs cannot fill the memory
		Optional<Ready> loaded = load(slug);
		loaded.ifPresent(page -> ready.put(slug, page));
		return loaded;
	}

	private Optional<Ready> load(String slug) {
		return catalog.findPage(slug).map(page -> new Ready(page, jsonLd.of(page)));
	}

	/**
	 * An article page's own part, ready to show, and the page's shell once it has been
	 * rendered.
	 */
	static final class Ready {

		private final ArticlePage page;

		private final String jsonLd;

		private final AtomicReference<ArticlePageShell.Shell> shell = new AtomicReference<>();

		Ready(ArticlePage page, String jsonLd) {
			this.page = page;
			this.jsonLd = jsonLd;
		}

		ArticlePage page() {
			return page;
		}

		String jsonLd() {
			return jsonLd;
		}

		/** The shell rendered for these sections, or null. */
		ArticlePageShell.Shell shell(ArticlePageShell.Outline outline) {
			ArticlePageShell.Shell kept = shell.get();
			return kept != null && kept.outline().equals(outline) ? kept : null;
		}

		/**
		 * Keeps the latest shell: the outline changes only when, say, the comment count
		 * does.
		 */
		void keep(ArticlePageShell.Shell rendered) {
			shell.set(rendered);
		}

	}

}
