package org.painwise.site.articles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.Getter;

import org.painwise.site.shared.Markdown;

/**
 * A patient information article: what it says, who wrote and checked it, and when it is
 * next due for review.
 */
@Entity
@Table(name = "article")
public class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Getter
	private Long id;

	@Column(nullable = false, unique = true)
	@Getter
	private String slug;

	@Column(nullable = false)
	@Getter
	private String title;

	@Column(nullable = false)
	@Getter
	private String standfirst;

	@Column(name = "body_markdown", nullable = false)
	@Getter
	private String bodyMarkdown;

	/**
	 * The body as sanitised HTML, rendered from the Markdown when it was saved; null
	 * until then.
	 */
	private String bodyHtml;

	/**
	 * The body's section headings, one a line as {@code level|anchor|text}; null with
	 * bodyHtml.
	 */
	private String bodyContents;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "author_id")
	@Getter
	private Person author;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "reviewer_id")
	@Getter
	private Person reviewer;

	@ManyToMany
	@JoinTable(name = "article_topic", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "topic_id"))
	@OrderBy("position, name")
	@Getter
	private Set<Topic> topics = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "article_reference", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	@Getter
	private List<Reference> references = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "article_faq", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	@Getter
	private List<Faq> faqs = new ArrayList<>();

	@Getter
	private LocalDate firstPublished;

	@Getter
	private LocalDate lastReviewed;

	@Getter
	private LocalDate nextReviewDue;

	@Getter
	private String disclaimer;

	/** Brand and other names, comma-separated, shown as "Also known as". */
	@Column(nullable = false)
	private String alternativeNames = "";

	/** Misspellings readers type, comma-separated; searched, never shown. */
	@Column(nullable = false)
	private String misspellings = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	@Getter
	private ArticleStatus status = ArticleStatus.DRAFT;

	@Column(nullable = false)
	@Getter
	private boolean commentsOpen = true;

	@Column(nullable = false)
	private boolean featured;

	@Version
	@Getter
	private long version;

	@Column(nullable = false, insertable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false)
	@Getter
	private Instant updatedAt = Instant.now();

	protected Article() {
	}

	public Article(String slug, String title, String standfirst, String bodyMarkdown, Person author, Person reviewer) {
		this.slug = slug;
		this.title = title;
		this.standfirst = standfirst;
		this.bodyMarkdown = bodyMarkdown;
		this.author = author;
		this.reviewer = reviewer;
	}

	/**
	 * Makes the article visible to readers, first published and reviewed on the given
	 * day.
	 */
	public void publish(LocalDate today, LocalDate nextReviewDue) {
		if (firstPublished == null) {
			firstPublished = today;
		}
		if (lastReviewed == null) {
			lastReviewed = today;
		}
		this.nextReviewDue = nextReviewDue;
		this.status = ArticleStatus.PUBLISHED;
		this.updatedAt = Instant.now();
	}

	public void archive() {
		this.status = ArticleStatus.ARCHIVED;
		this.updatedAt = Instant.now();
	}

	/** Takes the article off the site; it keeps its dates and can be published again. */
	void unpublish() {
		this.status = ArticleStatus.DRAFT;
		this.updatedAt = Instant.now();
	}

	/**
	 * Replaces what the article says and who stands behind it; the review dates stay as
	 * they are.
	 */
	void rewrite(String slug, String title, String standfirst, String bodyMarkdown, Person author, Person reviewer,
			List<Topic> topics, List<Reference> references, List<Faq> faqs, String disclaimer, boolean commentsOpen) {
		this.slug = slug;
		this.title = title;
		this.standfirst = standfirst;
		this.bodyMarkdown = bodyMarkdown;
		this.author = author;
		this.reviewer = reviewer;
		this.topics.clear();
		this.topics.addAll(topics);
		this.references.clear();
		this.references.addAll(references);
		this.faqs.clear();
		this.faqs.addAll(faqs);
		this.disclaimer = disclaimer;
		this.commentsOpen = commentsOpen;
		this.updatedAt = Instant.now();
	}

	/** Keeps the body as readers see it, rendered from the Markdown it has now. */
	void keepRendered(Markdown.Rendered rendered) {
		this.bodyHtml = rendered.html();
		this.bodyContents = contentsOf(rendered);
	}

	/** The headings of a rendered body as they are kept in the body_contents column. */
	static String contentsOf(Markdown.Rendered rendered) {
		StringBuilder contents = new StringBuilder();
		for (Markdown.Heading heading : rendered.headings()) {
			contents.append(heading.level())
				.append('|')
				.append(heading.anchor())
				.append('|')
				.append(heading.text().replace('\n', ' '))
				.append('\n');
		}
		return contents.toString();
	}

	/**
	 * The body as rendered when it was saved, or empty if it has not been rendered yet.
	 */
	Optional<Markdown.Rendered> rendered() {
		if (bodyHtml == null || bodyContents == null) {
			return Optional.empty();
		}
		List<Markdown.Heading> headings = new ArrayList<>();
		for (String line : bodyContents.split("\n")) {
			String[] parts = line.split("\\|", 3);
			if (parts.length == 3) {
				headings.add(new Markdown.Heading(Integer.parseInt(parts[0]), parts[2], parts[1]));
			}
		}
		return Optional.of(new Markdown.Rendered(bodyHtml, List.copyOf(headings)));
	}

	/** Sets the other names the article is found by, in the order given. */
	void nameAlternatives(List<String> alternativeNames, List<String> misspellings) {
		this.alternativeNames = AlternativeNames.join(alternativeNames);
		this.misspellings = AlternativeNames.join(misspellings);
	}

	/** Records that the reviewer checked the whole article today. */
	void markReviewed(Person reviewer, LocalDate today, LocalDate nextReviewDue) {
		this.reviewer = reviewer;
		this.lastReviewed = today;
		this.nextReviewDue = nextReviewDue;
		this.updatedAt = Instant.now();
	}

	/** Whether readers should be told the article is past its review date. */
	public boolean isReviewOverdue(LocalDate today) {
		return nextReviewDue != null && nextReviewDue.isBefore(today);
	}

	public List<String> getAlternativeNames() {
		return AlternativeNames.split(alternativeNames);
	}

	public List<String> getMisspellings() {
		return AlternativeNames.split(misspellings);
	}

}
