package org.painwise.site.articles;

import java.time.LocalDate;
import java.util.List;

import org.painwise.site.shared.Markdown;

/**
 * Everything the article page shows, read in a fixed number of statements.
 *
 * @param id the article's id, for modules that attach things to the page
 * @param bodyHtml the body as sanitised HTML
 * @param contents the body's section headings, for the contents list
 * @param disclaimer the article's own disclaimer or the site's default
 * @param reviewOverdue whether the next review date has passed
 * @param alsoKnownAs brand and other names for the article's subject, shown under the
 * title
 */
public record ArticlePage(Long id, String slug, String title, String standfirst, String bodyHtml,
		List<Markdown.Heading> contents, Author author, Author reviewer, List<TopicLink> topics,
		LocalDate firstPublished, LocalDate lastReviewed, LocalDate nextReviewDue, boolean reviewOverdue,
		List<Reference> references, List<Faq> faqs, String disclaimer, boolean commentsOpen,
		List<ArticleSummary> related, List<String> alsoKnownAs) {

	/** A person shown on the page as writer or reviewer. */
	public record Author(String name, String credentials, String bio) {

		static Author of(Person person) {
			return new Author(person.getName(), person.getCredentials(), person.getBio());
		}

	}

	/** A topic the article belongs to, for the breadcrumb and topic links. */
	public record TopicLink(String slug, String name) {
	}

	/** The first topic, used in the breadcrumb; null for an article in no topic. */
	public TopicLink mainTopic() {
		return topics.isEmpty() ? null : topics.get(0);
	}

}
