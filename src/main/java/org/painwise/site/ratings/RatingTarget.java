package org.painwise.site.ratings;

/**
 * A published item a reader may rate, and where to send them back to afterwards.
 *
 * @param item the article or comment
 * @param articleTitle the title of the article it is, or is under
 * @param pagePath the address of the page that shows it, without an anchor, e.g.
 * {@code /articles/amitriptyline?comments-page=2}
 */
public record RatingTarget(RatedItem item, String articleTitle, String pagePath) {

	/** The page with the anchor of the item's rating form. */
	public String returnUrl() {
		return pagePath + "#" + item.anchor();
	}

}
