package org.painwise.site.comments;

import java.util.List;

/**
 * The addresses of a comment thread's pages and orders, as plain links that work without
 * JavaScript: each page keeps the order chosen, and choosing an order starts at its first
 * page.
 *
 * @param slug the article's slug
 * @param order the order shown
 */
record ThreadLinks(String slug, CommentOrder order) {

	/** Page {@code n} in the order shown, landing on the comments. */
	public String page(int n) {
		return url(slug, n, order) + "#comments";
	}

	/**
	 * The first page in another order (OLDEST, NEWEST or HELPFUL), landing on the
	 * comments.
	 */
	public String order(String name) {
		return url(slug, 1, CommentOrder.valueOf(name)) + "#comments";
	}

	/** The orders, as their names, in the order they are offered. */
	public List<String> orders() {
		return List.of(CommentOrder.OLDEST.name(), CommentOrder.NEWEST.name(), CommentOrder.HELPFUL.name());
	}

	public boolean shows(String name) {
		return order.name().equals(name);
	}

	/** A page of an article's comments in the default order. */
	static String url(String slug, int page) {
		return url(slug, page, CommentOrder.OLDEST);
	}

	/**
	 * A page of an article's comments in an order; the default order and first page add
	 * nothing.
	 */
	static String url(String slug, int page, CommentOrder order) {
		StringBuilder url = new StringBuilder("/articles/").append(slug);
		char separator = '?';
		if (order.parameter() != null) {
			url.append(separator).append(CommentOrder.PARAMETER).append('=').append(order.parameter());
			separator = '&';
		}
		if (page > 1) {
			url.append(separator).append(ArticleComments.PAGE_PARAMETER).append('=').append(page);
		}
		return url.toString();
	}

}
