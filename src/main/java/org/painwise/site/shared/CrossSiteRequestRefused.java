package org.painwise.site.shared;

/**
 * An unsafe request to a public form that came from another site, refused by
 * {@link CrossOriginProtection}. A controller whose form takes free text handles it with
 * an {@code @ExceptionHandler} that shows the form again with the text filled in;
 * anywhere else the site's cross-site page answers with status 403.
 */
public class CrossSiteRequestRefused extends RuntimeException {

	CrossSiteRequestRefused(String why) {
		super(why, null, false, false);
	}

}
