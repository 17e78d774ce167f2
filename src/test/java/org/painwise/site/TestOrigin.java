package org.painwise.site;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Says where a form post comes from, as a browser does with {@code Origin} and
 * {@code Sec-Fetch-Site}. The public forms carry no token: they accept a post from a page
 * of the site itself and refuse one a browser sends on behalf of another site.
 */
public final class TestOrigin implements RequestPostProcessor {

	/** The origin MockMvc requests are addressed to. */
	public static final String SITE = "http://localhost";

	private final String origin;

	private final String fetchSite;

	private TestOrigin(String origin, String fetchSite) {
		this.origin = origin;
		this.fetchSite = fetchSite;
	}

	/** A form sent from one of the site's own pages by a current browser. */
	public static TestOrigin sameOrigin() {
		return new TestOrigin(SITE, "same-origin");
	}

	/** A form another website made the visitor's browser send. */
	public static TestOrigin crossSite() {
		return new TestOrigin("https://elsewhere.example", "cross-site");
	}

	/**
	 * A form from another website, sent by an older browser that only says
	 * {@code Origin}.
	 */
	public static TestOrigin crossSiteOriginOnly() {
		return new TestOrigin("https://elsewhere.example", null);
	}

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		request.addHeader("Origin", origin);
		if (fetchSite != null) {
			request.addHeader("Sec-Fetch-Site", fetchSite);
		}
		return request;
	}

}
