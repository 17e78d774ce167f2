package org.painwise.site.shared;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

/**
 * A long-lived random key in a cookie that lets the site recognise a returning visitor's
 * own comments, votes and reports without an account or a server-side session. It is set
 * only when a visitor does something (posts, votes, reports), never for reading.
 *
 * <p>
 * The cookie holds the key and the site's signature of it ({@code key.signature}), so
 * only keys the site gave out count: a visitor who makes up or changes a value has no key
 * at all, and cannot pose as many visitors to cast many votes.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class VisitorCookie {

	static final String NAME = "pw_visitor";

	private static final String SIGNING_KEY = "visitor-cookie";

	private static final Duration LIFETIME = Duration.ofDays(365);

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SiteCookies cookies;

	private final SiteSecrets secrets;

	/** The visitor's key, if the request carries one the site signed. */
	public Optional<String> find(HttpServletRequest request) {
		return cookies.find(request, NAME).map(this::keyOf);
	}

	/** The visitor's key, creating one and setting the cookie if there is none yet. */
	public String findOrCreate(HttpServletRequest request, HttpServletResponse response) {
		return find(request).orElseGet(() -> {
			byte[] bytes = new byte[16];
			RANDOM.nextBytes(bytes);
			String key = HexFormat.of().formatHex(bytes);
			cookies.set(request, response, NAME, valueFor(key), LIFETIME, true);
			return key;
		});
	}

	/** The cookie's value for a key: the key and its signature. */
	public String valueFor(String key) {
		return key + "." + secrets.hmacBase64(SIGNING_KEY, key);
	}

	/** The key in a cookie's value, or null when the value is not one the site signed. */
	private String keyOf(String value) {
		int dot = value.indexOf('.');
		if (dot < 0) {
			return null;
		}
		String key = value.substring(0, dot);
		return KEY.matcher(key).matches() && secrets.verifyBase64(SIGNING_KEY, key, value.substring(dot + 1)) ? key
				: null;
	}

}
