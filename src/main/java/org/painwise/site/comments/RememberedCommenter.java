package org.painwise.site.comments;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.SiteCookies;
import org.springframework.stereotype.Component;

/**
 * "Remember my name and email on this device": a commenter who ticks the box gets their
 * name and email in a cookie on their own device, never in a server record, and the
 * comment form is filled in from it next time. The page script reads it (so it is not
 * HttpOnly), which keeps the article pages the same for everyone; the reply page fills it
 * in on the server for readers without JavaScript. Posting with the box unticked removes
 * it.
 *
 * <p>
 * The value is {@code n=<name>&e=<email>}, each percent-encoded as UTF-8, which a script
 * reads with {@code URLSearchParams}.
 */
@Component
@RequiredArgsConstructor
class RememberedCommenter {

	static final String NAME = "pw_commenter";

	private static final Duration LIFETIME = Duration.ofDays(365);

	/**
	 * Far more than a valid name and email need, and well inside a browser's cookie size.
	 */
	private static final int MAX_VALUE_LENGTH = 2000;

	/** A remembered name and email. */
	record Commenter(String name, String email) {
	}

	private final SiteCookies cookies;

	Optional<Commenter> find(HttpServletRequest request) {
		return cookies.find(request, NAME).flatMap(RememberedCommenter::decode);
	}

	void remember(String name, String email, HttpServletRequest request, HttpServletResponse response) {
		String value = "n=" + encode(name) + "&e=" + encode(email);
		if (value.length() <= MAX_VALUE_LENGTH) {
			// not HttpOnly: the page's script fills the form from it
			cookies.set(request, response, NAME, value, LIFETIME, false);
		}
	}

	/** Removes the cookie, if the visitor has one. */
	void forget(HttpServletRequest request, HttpServletResponse response) {
		if (cookies.find(request, NAME).isPresent()) {
			cookies.set(request, response, NAME, "", Duration.ZERO, false);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static Optional<Commenter> decode(String value) {
		if (value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
			return Optional.empty();
		}
		Map<String, String> fields = new HashMap<>();
		try {
			for (String pair : value.split("&")) {
				int equals = pair.indexOf('=');
				if (equals > 0) {
					fields.put(pair.substring(0, equals),
							URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
				}
			}
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		String name = fields.getOrDefault("n", "").strip();
		String email = fields.getOrDefault("e", "").strip();
		return name.isEmpty() && email.isEmpty() ? Optional.empty() : Optional.of(new Commenter(name, email));
	}

}
