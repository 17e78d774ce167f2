package org.painwise.site.comments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.painwise.site.ratings.RatedItem;
import org.painwise.site.ratings.RatingSummary;
import org.painwise.site.ratings.RatingWidget;
import org.painwise.site.ratings.Ratings;
import org.painwise.site.shared.PageCache;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The part of a page of an article's comments that is the same for every reader (the
 * counts, the page's published threads and their rating summaries), kept while the page
 * cache is on so that a reader who gets a page of their own (with their held comment or
 * their votes in it) costs the database only what is theirs. It is emptied whenever the
 * page cache drops the article's pages, on this instance or another, so it is exactly as
 * fresh as the cached page: a published or removed comment shows at once, other readers'
 * votes within the vote lag, and a reader's own votes at once, because they are read with
 * every page (see {@link Ratings#commentWidgets(Map, String)}).
 */
@Component
class PublishedCommentPages {

	private final CommentThreads threads;

	private final Ratings ratings;

	private final PageCache pageCache;

	private final Cache<Key, Kept> kept;

	private final boolean enabled;

	private final Cache<String, Experiences> experiences;

	PublishedCommentPages(CommentThreads threads, Ratings ratings, PageCache pageCache, CommentProperties properties,
			ObjectProvider<MeterRegistry> meters) {
		this.threads = threads;
		this.ratings = ratings;
		this.pageCache = pageCache;
		this.enabled = properties.publishedPagesBytes() > 0;
		this.kept = Caffeine.newBuilder()
			.maximumWeight(Math.max(1, properties.publishedPagesBytes()))
			.weigher((Key key, Kept page) -> page.weight())
			.expireAfterWrite(pageCache.timeToLive())
			.recordStats()
			.build();
		this.experiences = Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(pageCache.timeToLive()).build();
		meters.ifAvailable(registry -> CaffeineCacheMetrics.monitor(registry, kept, "comment-pages"));
		pageCache.alsoEvict(() -> {
			kept.invalidateAll();
			experiences.invalidateAll();
		});
		pageCache.alsoEvictArticle(slug -> {
			kept.asMap().keySet().removeIf(key -> key.slug().equals(slug));
			experiences.invalidate(slug);
		});
	}

	/**
	 * A page of the article's comments as this visitor sees it, with the stars of its
	 * comments.
	 */
	Page page(long articleId, String slug, int page, CommentOrder order, String visitorKey) {
		if (!enabled || !pageCache.enabled()) {
			CommentThread thread = threads.page(articleId, page, order, visitorKey);
			return new Page(thread, ratings.commentWidgets(publishedIds(thread.comments()), visitorKey));
		}
		Kept published = kept.get(new Key(slug, articleId, page, order), key -> {
			CommentThreads.Published read = threads.published(articleId, page, order);
			return new Kept(read, Collections.unmodifiableMap(ratings.summaries(RatedItem.Kind.COMMENT, read.ids())));
		});
		CommentThread thread = threads.withOwnHeld(articleId, published.thread(), visitorKey);
		return new Page(thread, ratings.commentWidgets(published.summaries(), visitorKey));
	}

	private static List<Long> publishedIds(List<CommentView> comments) {
		List<Long> ids = new ArrayList<>();
		for (CommentView comment : comments) {
			if (!comment.held()) {
				ids.add(comment.id());
			}
			ids.addAll(publishedIds(comment.replies()));
		}
		return ids;
	}

	/**
	 * What readers who answered the questions under an article about a medicine said, in
	 * published comments.
	 */
	Experiences experiences(long articleId, String slug) {
		if (!enabled || !pageCache.enabled()) {
			return threads.experiences(articleId);
		}
		return experiences.get(slug, key -> threads.experiences(articleId));
	}

	/** A page of comments and the stars of each published comment on it. */
	record Page(CommentThread thread, Map<Long, RatingWidget> widgets) {
	}

	private record Key(String slug, long articleId, int page, CommentOrder order) {
	}

	private record Kept(CommentThreads.Published thread, Map<Long, RatingSummary> summaries) {

		int weight() {
			return 256 + summaries.size() * 64 + weight(thread.roots()) + thread.featured().size() * 1024;
		}

		private static int weight(List<CommentView> comments) {
			int weight = 0;
			for (CommentView comment : comments) {
				weight += 160 + 2 * (length(comment.body()) + length(comment.authorName())) + weight(comment.replies());
			}
			return weight;
		}

		private static int length(String text) {
			return text == null ? 0 : text.length();
		}

	}

}
