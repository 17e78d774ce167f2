package org.painwise.site.articles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.Markdown;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/**
 * The way articles change: the write side the editorial module uses (people and topics
 * change through {@link PeopleAndTopics}). Reading for readers stays in
 * {@link ArticleCatalog}. Roles are checked by the caller; audit entries are the caller's
 * too, recorded in the same transaction.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ArticleEditing {

	private final ArticleRepository articles;

	private final PersonRepository people;

	private final TopicRepository topics;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Markdown markdown;

	/** Someone else saved the article since the editor opened it. */
	public static class ChangedMeanwhile extends RuntimeException {

		private final transient EditableArticle current;

		public ChangedMeanwhile(EditableArticle current) {
			super("Article " + current.id() + " is at version " + current.version());
			this.current = current;
		}

		public EditableArticle current() {
			return current;
		}

	}

	/** Another article has, or had, this slug. */
	public static class SlugTaken extends RuntimeException {

		public SlugTaken(String slug) {
			super("Slug in use: " + slug);
		}

	}

	/**
	 * Every article in any status, by title: how staff pages outside editorial name
	 * articles.
	 */
	@Transactional(readOnly = true)
	public List<ArticleSummary> everyArticle() {
		return articles.findEverySummary();
	}

	@Transactional(readOnly = true)
	public Optional<EditableArticle> find(long id) {
		return articles.findById(id).map(ArticleEditing::editable);
	}

	/** Saves a new draft and returns its id. */
	public long create(ArticleContent content) {
		requireFreeSlug(content.slug(), null);
		Article article = new Article(content.slug(), content.title(), content.standfirst(), content.bodyMarkdown(),
				person(content.authorId()), person(content.reviewerId()));
		apply(article, content);
		long id = articles.saveAndFlush(article).getId();
		events.publishEvent(new ArticleChanged(id, ArticleChanged.Change.SAVED));
		return id;
	}

	/**
	 * Saves the editor's changes if nobody else saved the article since they opened it.
	 * @return the slug the article had before, if this change moved a published article
	 */
	public Optional<String> update(long id, long expectedVersion, ArticleContent content) {
		Article article = load(id);
		if (article.getVersion() != expectedVersion) {
			throw new ChangedMeanwhile(editable(article));
		}
		String oldSlug = article.getSlug();
		boolean moved = !oldSlug.equals(content.slug());
		if (moved) {
			requireFreeSlug(content.slug(), id);
		}
		apply(article, content);
		articles.flush();
		events.publishEvent(new ArticleChanged(id, ArticleChanged.Change.SAVED));
		if (!moved) {
			return Optional.empty();
		}
		// going back to an old slug takes it out of the history; the one being left goes
		// in
		jdbc.sql("delete from article_slug_history where old_slug = :slug").param("slug", content.slug()).update();
		if (article.getFirstPublished() == null) {
			return Optional.empty();
		}
		jdbc.sql("insert into article_slug_history (old_slug, article_id) values (:slug, :id)")
			.param("slug", oldSlug)
			.param("id", id)
			.update();
		return Optional.of(oldSlug);
	}

	public EditableArticle publish(long id, LocalDate today, LocalDate nextReviewDue) {
		return change(id, ArticleChanged.Change.PUBLISHED, article -> article.publish(today,
				article.getNextReviewDue() != null ? article.getNextReviewDue() : nextReviewDue));
	}

	public EditableArticle unpublish(long id) {
		return change(id, ArticleChanged.Change.UNPUBLISHED, Article::unpublish);
	}

	public EditableArticle archive(long id) {
		return change(id, ArticleChanged.Change.ARCHIVED, Article::archive);
	}

	/**
	 * Records a full review: the reviewer checked it today, and it is next due on the
	 * given day.
	 */
	public EditableArticle markReviewed(long id, long reviewerId, LocalDate today, LocalDate nextReviewDue,
			Long recordedBy) {
		EditableArticle reviewed = change(id, ArticleChanged.Change.REVIEWED,
				article -> article.markReviewed(person(reviewerId), today, nextReviewDue));
		jdbc.sql("""
				insert into article_review (article_id, reviewer_id, recorded_by, reviewed_on, next_review_due)
				values (:article, :reviewer, :by, :on, :next)""")
			.param("article", id)
			.param("reviewer", reviewerId)
			.param("by", recordedBy)
			.param("on", today)
			.param("next", nextReviewDue)
			.update();
		return reviewed;
	}

	/** Whether an article other than this one has, or had, the slug. */
	@Transactional(readOnly = true)
	public boolean isSlugTaken(String slug, Long articleId) {
		return jdbc.sql("""
				select exists (select 1 from article where slug = :slug and (cast(:id as bigint) is null or id <> :id))
				    or exists (select 1 from article_slug_history where old_slug = :slug
				               and (cast(:id as bigint) is null or article_id <> :id))""")
			.param("slug", slug)
			.param("id", articleId)
			.query(Boolean.class)
			.single();
	}

	/** Makes one change to an article, saves it, and tells the rest of the site. */
	private EditableArticle change(long id, ArticleChanged.Change change, Consumer<Article> making) {
		Article article = load(id);
		making.accept(article);
		articles.flush();
		events.publishEvent(new ArticleChanged(id, change));
		return editable(article);
	}

	private void requireFreeSlug(String slug, Long articleId) {
		if (isSlugTaken(slug, articleId)) {
			throw new SlugTaken(slug);
		}
	}

	private void apply(Article article, ArticleContent content) {
		List<Topic> chosen = new ArrayList<>(topics.findAllById(content.topicIds()));
		article.rewrite(content.slug(), content.title(), content.standfirst(), content.bodyMarkdown(),
				person(content.authorId()), person(content.reviewerId()), chosen, content.references(), content.faqs(),
				blankToNull(content.disclaimer()), content.commentsOpen());
		article.keepRendered(markdown.render(content.bodyMarkdown()));
		article.nameAlternatives(content.alternativeNames(), content.misspellings());
	}

	private Person person(Long id) {
		return people.findById(id == null ? -1 : id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "error.articles.person-not-found"));
	}

	private Article load(long id) {
		return articles.findById(id).orElseThrow(ArticleEditing::notFound);
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "error.not-found");
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static EditableArticle editable(Article a) {
		ArticleContent content = new ArticleContent(a.getSlug(), a.getTitle(), a.getStandfirst(), a.getBodyMarkdown(),
				a.getAuthor().getId(), a.getReviewer().getId(), a.getTopics().stream().map(Topic::getId).toList(),
				List.copyOf(a.getReferences()), List.copyOf(a.getFaqs()), a.getDisclaimer(), a.isCommentsOpen(),
				a.getAlternativeNames(), a.getMisspellings());
		return new EditableArticle(a.getId(), a.getVersion(), a.getStatus(), content, a.getFirstPublished(),
				a.getLastReviewed(), a.getNextReviewDue(), a.getUpdatedAt());
	}

}
