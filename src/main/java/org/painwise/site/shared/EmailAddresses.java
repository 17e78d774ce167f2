package org.painwise.site.shared;

import java.util.regex.Pattern;

/**
 * What the site accepts as a reader's email address: the one rule for every form that
 * asks for one.
 */
public final class EmailAddresses {

	/** Longer than this is not an address (RFC 5321's limit). */
	public static final int MAX_LENGTH = 254;

	private static final Pattern ADDRESS = Pattern
		.compile("^[^@\\s\\p{Cc}]{1,64}@[^@\\s\\p{Cc}]+\\.[^@\\s\\p{Cc}.]{2,}$");

	private EmailAddresses() {
	}

	/**
	 * Whether the text looks like an email address: something, an @, and a domain with a
	 * dot.
	 */
	public static boolean looksValid(String text) {
		return text != null && text.length() <= MAX_LENGTH && ADDRESS.matcher(text).matches();
	}

}
