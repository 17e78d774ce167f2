package org.painwise.site.articles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.Markdown;
import org.painwise.site.shared.SiteProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers can see of the articles: only published ones, ever. Other modules use it
 * to find the article a comment or a vote belongs to.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ArticleCatalog {

	/** How many articles a list page shows. */
	public static final int PAGE_SIZE = 10;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final int MAX_SLUG_LENGTH = 120;

	private final ArticleRepository articles;

	private final TopicRepository topics;

	private final Markdown markdown;

	private final SiteProperties site;

	private final Clock clock;

	private final ObjectProvider<ArticleRanking> rankings;

	private final ObjectProvider<ArticleCardRatings> cardRatings;

	/**
	 * Whether text could be a slug at all; anything else is not worth a database query.
	 */
	public static boolean isPlausibleSlug(String slug) {
		return slug != null && slug.length() <= MAX_SLUG_LENGTH && SLUG.matcher(slug).matches();
	}

	/** The published article with this slug, ready to show. */
	public Optional<ArticlePage> findPage(String slug) {
		if (!isPlausibleSlug(slug)) {
			return Optional.empty();
		}
		return articles.findWithPeopleAndTopics(slug, ArticleStatus.PUBLISHED).map(this::toPage);
	}

	/**
	 * The id of the published article with this slug, for modules that attach things to
	 * it.
	 */
	public Optional<PublishedArticle> findPublished(String slug) {
		if (!isPlausibleSlug(slug)) {
			return Optional.empty();
		}
		return articles.findPublished(slug, ArticleStatus.PUBLISHED);
	}

	/** The published article with this id, for modules that hold an article id. */
	public Optional<PublishedArticle> findPublishedById(long id) {
		return articles.findById(id)
			.filter(a -> a.getStatus() == ArticleStatus.PUBLISHED)
			.map(a -> new PublishedArticle(a.getId(), a.getSlug(), a.getTitle(), a.getFirstPublished(),
					a.isCommentsOpen(), a.getNextReviewDue()));
	}

	/**
	 * @param page the page from 1
	 * @param order the order readers chose
	 */
	public Page<ArticleSummary> list(int page, ListOrder order) {
		ArticleRanking ranking = order == ListOrder.RATING ? rankings.getIfAvailable() : null;
		if (ranking != null) {
			return ranked(ranking, page);
		}
		return articles.findSummaries(ArticleStatus.PUBLISHED, PageRequest.of(page - 1, PAGE_SIZE, order.sort()));
	}

	private Page<ArticleSummary> ranked(ArticleRanking ranking, int page) {
		Page<Long> ids = ranking.rankPublished(PageRequest.of(page - 1, PAGE_SIZE));
		if (ids.isEmpty()) {
			return new PageImpl<>(List.of(), ids.getPageable(), ids.getTotalElements());
		}
		Map<Long, Article> byId = articles.findAllById(ids.getContent())
			.stream()
			.collect(Collectors.toMap(Article::getId, Function.identity()));
		List<ArticleSummary> summaries = ids.getContent()
			.stream()
			.map(byId::get)
			.filter(Objects::nonNull)
			.map(a -> new ArticleSummary(a.getId(), a.getSlug(), a.getTitle(), a.getStandfirst(), a.getFirstPublished(),
					a.getLastReviewed(), a.getNextReviewDue()))
			.toList();
		return new PageImpl<>(summaries, ids.getPageable(), ids.getTotalElements());
	}

	/**
	 * What the cards of a page show besides each summary: overdue flags, and the ratings
	 * of all its articles read in one statement (none when no module rates articles).
	 */
	public ArticleCards cardsFor(Collection<ArticleSummary> articles) {
		List<Long> ids = articles.stream().map(ArticleSummary::id).distinct().toList();
		ArticleCardRatings ratings = cardRatings.getIfAvailable();
		Map<Long, ArticleCardRatings.CardRating> byId = ratings == null || ids.isEmpty() ? Map.of()
				: ratings.ratingsOf(ids);
		return new ArticleCards(LocalDate.now(clock), byId);
	}

	public Page<ArticleSummary> listInTopic(String topicSlug, int page) {
		return articles.findSummariesInTopic(topicSlug, ArticleStatus.PUBLISHED,
				PageRequest.of(page - 1, PAGE_SIZE, ListOrder.NEWEST.sort()));
	}

	public List<ArticleSummary> featured(int count) {
		return articles.findFeatured(ArticleStatus.PUBLISHED, Limit.of(count));
	}

	public List<ArticleSummary> latest(int count) {
		return articles.findSummaries(ArticleStatus.PUBLISHED, PageRequest.of(0, count, ListOrder.NEWEST.sort()))
			.getContent();
	}

	public List<TopicSummary> topics() {
		return topics.findSummaries(ArticleStatus.PUBLISHED);
	}

	public Optional<Topic> topic(String slug) {
		return isPlausibleSlug(slug) ? topics.findBySlug(slug) : Optional.empty();
	}

	/** The current slug of a published article that used to be at this one. */
	Optional<String> currentSlugFor(String oldSlug) {
		if (!isPlausibleSlug(oldSlug)) {
			return Optional.empty();
		}
		return articles.findCurrentSlugOfPublished(oldSlug);
	}

	List<ArticleRepository.SitemapEntry> sitemapEntries() {
		return articles.findSitemapEntries(ArticleStatus.PUBLISHED);
	}

	private ArticlePage toPage(Article article) {
		LocalDate today = LocalDate.now(clock);
		Markdown.Rendered body = article.rendered().orElseGet(() -> markdown.render(article.getBodyMarkdown()));
		List<ArticlePage.TopicLink> topicLinks = article.getTopics()
			.stream()
			.map(t -> new ArticlePage.TopicLink(t.getSlug(), t.getName()))
			.toList();
		List<Long> topicIds = article.getTopics().stream().map(Topic::getId).toList();
		List<ArticleSummary> related = topicIds.isEmpty() ? List.of()
				: articles.findRelated(topicIds, article.getId(), ArticleStatus.PUBLISHED, Limit.of(3));
		String disclaimer = article.getDisclaimer() == null || article.getDisclaimer().isBlank()
				? site.defaultDisclaimer() : article.getDisclaimer();
		return new ArticlePage(article.getId(), article.getSlug(), article.getTitle(), article.getStandfirst(),
				body.html(), body.headings(), ArticlePage.Author.of(article.getAuthor()),
				ArticlePage.Author.of(article.getReviewer()), topicLinks, article.getFirstPublished(),
				article.getLastReviewed(), article.getNextReviewDue(), article.isReviewOverdue(today),
				List.copyOf(article.getReferences()), List.copyOf(article.getFaqs()), disclaimer,
				article.isCommentsOpen(), related, article.getAlternativeNames());
	}

	/** The orders a reader can choose for the article list. */
	public enum ListOrder {

		NEWEST("newest", Sort.by(Sort.Order.desc("firstPublished"), Sort.Order.asc("slug"))),
		TITLE("title", Sort.by(Sort.Order.asc("title"), Sort.Order.asc("slug"))),
		/**
		 * Highest rated first, as an {@link ArticleRanking} orders them; newest first
		 * without one.
		 */
		RATING("rating", NEWEST.sort);

		private final String parameter;

		private final Sort sort;

		ListOrder(String parameter, Sort sort) {
			this.parameter = parameter;
			this.sort = sort;
		}

		public String parameter() {
			return parameter;
		}

		Sort sort() {
			return sort;
		}

		/**
		 * Reads the {@code sort} request parameter: the newest first for anything
		 * unknown.
		 */
		@Component
		static class FromParameter implements Converter<String, ListOrder> {

			@Override
			public ListOrder convert(String source) {
				for (ListOrder order : values()) {
					if (order.parameter.equals(source)) {
						return order;
					}
				}
				return NEWEST;
			}

		}

	}

}
