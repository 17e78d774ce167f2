package org.painwise.site.shared;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Public pages as a reader without a personal cookie sees them, kept rendered (see
 * {@link PageCacheFilter}). Modules call this after a change commits, for whatever the
 * change shows on: one article's pages, or everything. Each eviction is also sent to the
 * site's other instances (see {@link PageCacheNotifications}); the time to live is the
 * safety net.
 */
@Component
public class PageCache implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PageCache.class);

	/**
	 * Kept in the cache under the path and query string.
	 *
	 * @param headers the other headers the page went out with the first time (the
	 * security headers), once known, so a kept page can be sent before the security
	 * filters run; null until then
	 * @param scheme the scheme of the request those headers were written for
	 */
	record Page(byte[] body, byte[] gzipped, String contentType, String etag, Map<String, List<String>> headers,
			String scheme) {

		int weight(String key) {
			return body.length + gzipped.length + key.length() * 2 + 64 + (headers == null ? 0 : 1024);
		}

		Page withHeaders(Map<String, List<String>> headers, String scheme) {
			return new Page(body, gzipped, contentType, etag, Map.copyOf(headers), scheme);
		}

	}

	private final Cache<String, Page> pages;

	private final PageCacheProperties properties;

	private final ObjectProvider<PageCacheNotifications> notifications;

	private final Set<String> pendingVotes = ConcurrentHashMap.newKeySet();

	private final List<Runnable> alongside = new CopyOnWriteArrayList<>();

	private final List<Consumer<String>> alongsideArticles = new CopyOnWriteArrayList<>();

	private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "page-cache-vote-lag");
		thread.setDaemon(true);
		return thread;
	});

	PageCache(PageCacheProperties properties, ObjectProvider<MeterRegistry> meters,
			ObjectProvider<PageCacheNotifications> notifications) {
		this.properties = properties;
		this.notifications = notifications;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((String key, Page page) -> page.weight(key))
			.expireAfterWrite(properties.timeToLive())
			.recordStats()
			.build();
		meters.ifAvailable(registry -> CaffeineCacheMetrics.monitor(registry, pages, "pages"));
	}

	Page find(String key) {
		return pages.getIfPresent(key);
	}

	void keep(String key, Page page) {
		pages.put(key, page);
	}

	/** Adds the headers to a kept page, unless it was evicted or replaced meanwhile. */
	void addHeaders(String key, Page page, Map<String, List<String>> headers, String scheme) {
		pages.asMap().replace(key, page, page.withHeaders(headers, scheme));
	}

	PageCacheProperties properties() {
		return properties;
	}

	/** Whether pages are kept; when not, nothing kept alongside them should be either. */
	public boolean enabled() {
		return properties.enabled();
	}

	/** How long other readers may see an old rating after a vote. */
	public Duration voteLag() {
		return properties.voteLag();
	}

	/** How long a page is kept at most, the safety net behind eviction by event. */
	public Duration timeToLive() {
		return properties.timeToLive();
	}

	/**
	 * Empties something else kept for pages whenever every page is evicted, here or on a
	 * message from another instance, such as the parts of article pages that are the same
	 * for everyone.
	 */
	public void alsoEvict(Runnable eviction) {
		alongside.add(eviction);
	}

	/**
	 * Empties what is kept for one article's pages whenever they are evicted (given the
	 * article's slug), here or on a message from another instance. Whatever is registered
	 * here should also be emptied by {@link #alsoEvict(Runnable)}, which covers every
	 * article at once.
	 */
	public void alsoEvictArticle(Consumer<String> eviction) {
		alongsideArticles.add(eviction);
	}

	/**
	 * After a change that may show anywhere: an article, a person, a topic, a setting.
	 */
	public void evictEverything() {
		evictLocally(Scope.EVERYTHING, null);
		send(Scope.EVERYTHING, null);
	}

	/** After a change that shows only on one article's pages: its comments, say. */
	public void evictArticle(String slug) {
		evictLocally(Scope.ARTICLE, slug);
		send(Scope.ARTICLE, slug);
	}

	/**
	 * After a vote: the article's pages and the lists (cards show ratings) are evicted
	 * once the vote lag has passed, together with any other votes in that time. The voter
	 * has a personal cookie, so sees their vote at once.
	 */
	public void evictAfterVote(String slug) {
		if (pendingVotes.add(slug)) {
			later.schedule(() -> {
				pendingVotes.remove(slug);
				evictLocally(Scope.ARTICLE_AND_LISTS, slug);
				send(Scope.ARTICLE_AND_LISTS, slug);
			}, properties.voteLag().toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/** What an eviction covers. */
	enum Scope {

		EVERYTHING, ARTICLE, ARTICLE_AND_LISTS

	}

	void evictLocally(Scope scope, String slug) {
		switch (scope) {
			case EVERYTHING -> {
				pages.invalidateAll();
				alongside.forEach(Runnable::run);
			}
			case ARTICLE -> evictWhere(article(slug));
			case ARTICLE_AND_LISTS -> evictWhere(article(slug).or(key -> !key.startsWith("/articles/")));
		}
		if (scope != Scope.EVERYTHING && slug != null) {
			alongsideArticles.forEach(eviction -> eviction.accept(slug));
		}
	}

	private void evictWhere(Predicate<String> keys) {
		Map<String, Page> all = pages.asMap();
		all.keySet().removeIf(keys);
	}

	private static Predicate<String> article(String slug) {
		String path = "/articles/" + slug;
		return key -> key.equals(path) || key.startsWith(path + "?") || key.startsWith(path + "/");
	}

	private void send(Scope scope, String slug) {
		PageCacheNotifications sender = notifications.getIfAvailable();
		if (sender != null) {
			try {
				sender.send(scope, slug);
			}
			catch (RuntimeException ex) {
				// the other instances still drop the page when its time to live ends
				log.warn("Could not tell other instances to evict cached pages: {}", ex.getMessage());
			}
		}
	}

	@Override
	public void destroy() {
		later.shutdownNow();
	}

}
