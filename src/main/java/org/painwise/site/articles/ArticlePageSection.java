package org.painwise.site.articles;

import java.util.Map;

/**
 * A section of the article page provided by another module.
 *
 * @param template the template holding the fragment, e.g. {@code comments/thread}
 * @param fragment the fragment's name in that template
 * @param model what the fragment reads, available to it as {@code section.model}
 * @param placement where on the page the section goes
 * @param contents how the article's contents list and skip links lead to the section, or
 * {@code null} for a section they leave out
 */
public record ArticlePageSection(String template, String fragment, Map<String, Object> model, Placement placement,
		ContentsEntry contents) {

	/** A section that the contents list leaves out. */
	public ArticlePageSection(String template, String fragment, Map<String, Object> model, Placement placement) {
		this(template, fragment, model, placement, null);
	}

	/**
	 * Where a section goes: straight after the article, or after the related articles.
	 */
	public enum Placement {

		/**
		 * Directly under the article, before the related articles: short things such as a
		 * rating.
		 */
		AFTER_ARTICLE,
		/** At the end of the page: long things such as the comments. */
		END

	}

	/**
	 * The last entry of the article's contents list, and a skip link at the top of the
	 * page, for a section a reader may want to jump to, such as the comments.
	 *
	 * @param label the text of the contents entry, e.g. "Comments (63)"
	 * @param skipLinkLabel the text of the skip link, e.g. "Skip to comments"
	 * @param anchor the id of the section's element, without {@code #}
	 */
	public record ContentsEntry(String label, String skipLinkLabel, String anchor) {
	}

	public boolean afterArticle() {
		return placement == Placement.AFTER_ARTICLE;
	}

}
