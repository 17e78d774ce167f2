package org.painwise.site.comments;

import java.util.Locale;

/**
 * The orders a reader can choose for an article's comment threads. Only top-level
 * comments are ordered; replies always follow the conversation. The choice lives in the
 * page's address ({@code ?comments-order=newest}), never in a cookie.
 */
enum CommentOrder {

	/** The conversation as it happened: the default. */
	OLDEST,

	NEWEST,

	/**
	 * Those moderators featured first, then best rated, by the comments' own ratings with
	 * small numbers of votes damped.
	 */
	HELPFUL;

	static final String PARAMETER = "comments-order";

	/** The value in the address, or null for the default, which has none. */
	String parameter() {
		return this == OLDEST ? null : name().toLowerCase(Locale.ROOT);
	}

	/** The order named in the address; anything else is the default. */
	static CommentOrder of(String parameter) {
		for (CommentOrder order : values()) {
			if (order != OLDEST && order.parameter().equals(parameter)) {
				return order;
			}
		}
		return OLDEST;
	}

}
