package org.painwise.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Staff sessions in MockMvc tests. The site keeps sessions in PostgreSQL (Spring Session
 * JDBC) and knows one only by its cookie, so a test holds a {@link MockHttpSession} that
 * stands for the cookie: {@link #of(MvcResult)} makes one from the cookie a response set,
 * and every request given that session with {@code .session(…)} sends the cookie, as a
 * browser would.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSessions {

	/** The session cookie's name (Spring Session's default). */
	public static final String COOKIE = "SESSION";

	private static final String COOKIE_VALUE = TestSessions.class.getName() + ".cookie";

	/** The session a response started, or null when it started none (or ended one). */
	public static MockHttpSession of(MvcResult result) {
		Cookie cookie = result.getResponse().getCookie(COOKIE);
		if (cookie == null || cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
			return null;
		}
		MockHttpSession session = new MockHttpSession(null, cookie.getValue());
		session.setAttribute(COOKIE_VALUE, cookie.getValue());
		return session;
	}

	/** Whether a response started a session. */
	public static boolean started(MvcResult result) {
		return of(result) != null;
	}

	@Bean
	MockMvcBuilderCustomizer sessionCookies() {
		return builder -> builder.defaultRequest(get("/").with(request -> {
			HttpSession session = request.getSession(false);
			if (session instanceof MockHttpSession mock && mock.getAttribute(COOKIE_VALUE) instanceof String value) {
				List<Cookie> cookies = new ArrayList<>();
				if (request.getCookies() != null) {
					cookies.addAll(Arrays.asList(request.getCookies()));
				}
				cookies.removeIf(cookie -> cookie.getName().equals(COOKIE));
				cookies.add(new Cookie(COOKIE, value));
				request.setCookies(cookies.toArray(Cookie[]::new));
			}
			return request;
		}));
	}

}
