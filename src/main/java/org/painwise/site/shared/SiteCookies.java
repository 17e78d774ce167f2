package org.painwise.site.shared;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * How the site names and sets its own cookies. A cookie is {@code Secure} whenever the
 * request came over HTTPS (behind a proxy, as the trusted proxy says: see the README's
 * production section). With {@code cookies.secure=true} (on in the {@code production}
 * profile) every cookie is {@code Secure} and carries the {@code __Host-} prefix, which
 * browsers accept only from a secure origin, for the whole site and without a
 * {@code Domain}: no other host, not even a sub-domain, can set or overwrite it.
 */
@Component
public class SiteCookies {

	/** The prefix browsers keep for secure, host-only, site-wide cookies. */
	public static final String HOST_PREFIX = "__Host-";

	private final boolean alwaysSecure;

	SiteCookies(@Value("${cookies.secure:false}") boolean alwaysSecure) {
		this.alwaysSecure = alwaysSecure;
	}

	/** Whether every cookie is secure and prefixed, whatever the request says. */
	public boolean alwaysSecure() {
		return alwaysSecure;
	}

	/** The name a cookie goes by here. */
	public String name(String name) {
		return alwaysSecure ? HOST_PREFIX + name : name;
	}

	/** Whether a cookie set in answer to this request is {@code Secure}. */
	public boolean secure(HttpServletRequest request) {
		return alwaysSecure || request.isSecure();
	}

	/** The value of one of the site's cookies, by its plain name. */
	public Optional<String> find(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		String actual = name(name);
		for (Cookie cookie : cookies) {
			if (actual.equals(cookie.getName()) && cookie.getValue() != null) {
				return Optional.of(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	/**
	 * Sets one of the site's cookies, for the whole site, {@code SameSite=Lax}.
	 * @param maxAge how long it lasts; zero removes it
	 * @param httpOnly false only for a cookie the page's own script reads
	 */
	public void set(HttpServletRequest request, HttpServletResponse response, String name, String value,
			Duration maxAge, boolean httpOnly) {
		ResponseCookie cookie = ResponseCookie.from(name(name), value)
			.path("/")
			.maxAge(maxAge)
			.httpOnly(httpOnly)
			.secure(secure(request))
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	/** A cookie's plain name, without the prefix. */
	public static String plainName(String name) {
		return name.startsWith(HOST_PREFIX) ? name.substring(HOST_PREFIX.length()) : name;
	}

}
