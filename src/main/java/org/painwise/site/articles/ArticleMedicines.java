package org.painwise.site.articles;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.painwise.site.shared.PageCache;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles about a medicine: their comment form asks readers about their experience of
 * it, with the side effects the editor lists here as boxes to tick. An article that is
 * not about a medicine has no entry.
 */
@Service
public class ArticleMedicines {

	/** How many side effects an article can list. */
	public static final int MOST_SIDE_EFFECTS = 20;

	/** How long one may be. */
	public static final int LONGEST_SIDE_EFFECT = 40;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final PageCache pageCache;

	/** Kept while pages are kept, and emptied with them: every article page asks. */
	private final Cache<Long, Optional<List<String>>> kept;

	ArticleMedicines(JdbcClient jdbc, ApplicationEventPublisher events, PageCache pageCache) {
		this.jdbc = jdbc;
		this.events = events;
		this.pageCache = pageCache;
		this.kept = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(pageCache.timeToLive()).build();
		pageCache.alsoEvict(kept::invalidateAll);
	}

	/**
	 * The side effects readers can tick under the article, when it is about a medicine.
	 * Every article page asks, so it opens no transaction: from the cache it costs the
	 * database nothing.
	 */
	public Optional<List<String>> sideEffectsOf(long articleId) {
		if (!pageCache.enabled()) {
			return read(articleId);
		}
		return kept.get(articleId, this::read);
	}

	private Optional<List<String>> read(long articleId) {
		return jdbc.sql("select side_effects from medicine_article where article_id = ?")
			.param(articleId)
			.query((rs, row) -> List.of((String[]) rs.getArray(1).getArray()))
			.optional();
	}

	/**
	 * Marks the article as about a medicine, with its side effects (cleaned up: trimmed,
	 * no duplicates, at most {@link #MOST_SIDE_EFFECTS}), or as not.
	 */
	@Transactional
	public void set(long articleId, boolean medicine, List<String> sideEffects) {
		if (!medicine) {
			jdbc.sql("delete from medicine_article where article_id = ?").param(articleId).update();
		}
		else {
			jdbc.sql("""
					insert into medicine_article (article_id, side_effects) values (:id, :effects)
					on conflict (article_id) do update set side_effects = excluded.side_effects""")
				.param("id", articleId)
				.param("effects", cleaned(sideEffects).toArray(String[]::new))
				.update();
		}
		kept.invalidate(articleId);
		events.publishEvent(new ArticleChanged(articleId, ArticleChanged.Change.SAVED));
	}

	/**
	 * Side effects as the editor typed them, one a line: trimmed, lower case, each once.
	 */
	public static List<String> cleaned(List<String> typed) {
		Set<String> kept = new LinkedHashSet<>();
		for (String effect : typed) {
			String clean = effect == null ? "" : effect.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
			if (!clean.isEmpty() && clean.length() <= LONGEST_SIDE_EFFECT && kept.size() < MOST_SIDE_EFFECTS) {
				kept.add(clean);
			}
		}
		return new ArrayList<>(kept);
	}

}
