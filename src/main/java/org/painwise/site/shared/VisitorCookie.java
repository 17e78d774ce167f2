package org.painwise.site.shared;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * A long-lived random key in a cookie that lets the site recognise a returning visitor's own
 * comments, votes and reports without an account or a server-side session. It is set only when
 * a visitor does something (posts, votes, reports), never for reading.
 */
@Component
public class VisitorCookie {

	static final String NAME = "pw_visitor";

	private static final Duration LIFETIME = Duration.ofDays(365);

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SiteCookies cookies;

	VisitorCookie(SiteCookies cookies) {
		this.cookies = cookies;
	}

	/** The visitor's key, if the request carries a well-formed one. */
	public Optional<String> find(HttpServletRequest request) {
		return cookies.find(request, NAME).filter(value -> KEY.matcher(value).matches());
	}

	/** The visitor's key, creating one and setting the cookie if there is none yet. */
	public String findOrCreate(HttpServletRequest request, HttpServletResponse response) {
		return find(request).orElseGet(() -> {
			byte[] bytes = new byte[16];
			RANDOM.nextBytes(bytes);
			String key = HexFormat.of().formatHex(bytes);
			cookies.set(request, response, NAME, key, LIFETIME, true);
			return key;
		});
	}

}
