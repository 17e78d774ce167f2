package org.painwise.site.shared;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
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

	/** The visitor's key, if the request carries a well-formed one. */
	public Optional<String> find(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		return Arrays.stream(cookies)
			.filter(cookie -> NAME.equals(cookie.getName()) && cookie.getValue() != null
					&& KEY.matcher(cookie.getValue()).matches())
			.map(Cookie::getValue)
			.findFirst();
	}

	/** The visitor's key, creating one and setting the cookie if there is none yet. */
	public String findOrCreate(HttpServletRequest request, HttpServletResponse response) {
		return find(request).orElseGet(() -> {
			byte[] bytes = new byte[16];
			RANDOM.nextBytes(bytes);
			String key = HexFormat.of().formatHex(bytes);
			ResponseCookie cookie = ResponseCookie.from(NAME, key)
				.path("/")
				.maxAge(LIFETIME)
				.httpOnly(true)
				.secure(request.isSecure())
				.sameSite("Lax")
				.build();
			response.addHeader("Set-Cookie", cookie.toString());
			return key;
		});
	}

}
