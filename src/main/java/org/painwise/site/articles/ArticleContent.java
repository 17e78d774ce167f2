package org.painwise.site.articles;

import java.util.List;

/**
 * Everything an editor writes for an article, as the editorial module hands it over.
 *
 * @param authorId the person who wrote it
 * @param reviewerId the person who checked it
 * @param topicIds the topics it belongs to
 * @param disclaimer its own disclaimer, or null for the site's default
 * @param alternativeNames brand and other names, shown as "Also known as" and searched
 * @param misspellings ways readers misspell its subject, searched only
 */
public record ArticleContent(String slug, String title, String standfirst, String bodyMarkdown, Long authorId,
		Long reviewerId, List<Long> topicIds, List<Reference> references, List<Faq> faqs, String disclaimer,
		boolean commentsOpen, List<String> alternativeNames, List<String> misspellings) {

	public ArticleContent {
		topicIds = List.copyOf(topicIds);
		references = List.copyOf(references);
		faqs = List.copyOf(faqs);
		alternativeNames = alternativeNames == null ? List.of() : List.copyOf(alternativeNames);
		misspellings = misspellings == null ? List.of() : List.copyOf(misspellings);
	}

}
