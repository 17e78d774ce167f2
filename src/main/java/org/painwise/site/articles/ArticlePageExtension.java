package org.painwise.site.articles;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A part of the article page that another module provides, such as the comments under the
 * article. The article page asks every extension, in order, for its section and renders
 * the fragment it names with the model it returns.
 */
public interface ArticlePageExtension {

	/**
	 * @param article the article being shown
	 * @param request the reader's request, for their own cookies and query parameters
	 * @return the section to render below the article, or null when there is nothing to
	 * show
	 */
	ArticlePageSection sectionFor(ArticlePage article, HttpServletRequest request);

}
