package org.painwise.site.ratings;

/**
 * Something readers can rate.
 *
 * @param kind whether it is an article or a comment
 * @param id the article's or comment's id
 */
public record RatedItem(Kind kind, long id) {

	/** The kinds of thing readers rate. */
	public enum Kind {

		ARTICLE, COMMENT

	}

	public static RatedItem article(long id) {
		return new RatedItem(Kind.ARTICLE, id);
	}

	public static RatedItem comment(long id) {
		return new RatedItem(Kind.COMMENT, id);
	}

	/** The id of the item's rating form on the page, unique on the page. */
	public String widgetId() {
		return "rating-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + id;
	}

	/**
	 * Where a reader lands after rating without JavaScript: the rating section under an
	 * article, or the comment's own rating form.
	 */
	String anchor() {
		return kind == Kind.ARTICLE ? "rating" : widgetId();
	}

}
