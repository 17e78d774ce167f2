package org.painwise.site.shared;

import jakarta.servlet.http.Cookie;

/** Visitor cookies as the site gives them out: a key with the site's signature. */
public final class TestVisitors {

	private TestVisitors() {
	}

	/** The cookie a visitor with this key carries, signed with the site's key. */
	public static Cookie cookie(SiteSecrets secrets, String key) {
		return new Cookie(VisitorCookie.NAME, value(secrets, key));
	}

	/** The cookie's value, for a {@code Cookie} header. */
	public static String value(SiteSecrets secrets, String key) {
		return new VisitorCookie(null, secrets).valueFor(key);
	}

}
