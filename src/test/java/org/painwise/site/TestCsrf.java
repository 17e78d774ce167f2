package org.painwise.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sends a CSRF token the way a browser does: the token cookie and the masked token in the
 * form. Spring Security's own test helper swaps the site's cookie-based token store for a
 * session-based one for the rest of the shared test context, which would make later tests
 * see sessions and refuse real tokens; this one changes nothing on the server.
 */
public final class TestCsrf implements RequestPostProcessor {

	private final boolean valid;

	private TestCsrf(boolean valid) {
		this.valid = valid;
	}

	/** A valid token, as a browser that loaded the form would send it. */
	public static TestCsrf csrf() {
		return new TestCsrf(true);
	}

	/** The cookie, but a form token that does not match it. */
	public TestCsrf useInvalidToken() {
		return new TestCsrf(false);
	}

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		CsrfToken token = new CookieCsrfTokenRepository().generateToken(request);
		List<Cookie> cookies = new ArrayList<>();
		if (request.getCookies() != null) {
			Arrays.stream(request.getCookies())
				.filter(cookie -> !cookie.getName().equals("XSRF-TOKEN"))
				.forEach(cookies::add);
		}
		cookies.add(new Cookie("XSRF-TOKEN", token.getToken()));
		request.setCookies(cookies.toArray(Cookie[]::new));
		MockHttpServletRequest probe = new MockHttpServletRequest();
		new XorCsrfTokenRequestAttributeHandler().handle(probe, new MockHttpServletResponse(), () -> token);
		String masked = ((CsrfToken) probe.getAttribute(CsrfToken.class.getName())).getToken();
		request.setParameter(token.getParameterName(), valid ? masked : "not-" + masked);
		return request;
	}

}
