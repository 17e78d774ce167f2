package org.painwise.site.articles;

import java.util.Map;

/**
 * A section of the article page provided by another module.
 *
 * @param template the template holding the fragment, e.g. {@code comments/thread}
 * @param fragment the fragment's name in that template
 * @param model what the fragment reads, available to it as {@code section.model}
 * @param placement where on the page the section goes
 */
public record ArticlePageSection(String template, String fragment, Map<String, Object> model, Placement placement) {

	/** Where a section goes: straight after the article, or after the related articles. */
	public enum Placement {

		/** Directly under the article, before the related articles: short things such as a rating. */
		AFTER_ARTICLE,
		/** At the end of the page: long things such as the comments. */
		END

	}

	public boolean afterArticle() {
		return placement == Placement.AFTER_ARTICLE;
	}

}
