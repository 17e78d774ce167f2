package org.painwise.site.shared;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which unsafe requests the public forms accept: those a browser sends from this site's
 * own pages (or that no browser sent), never those another site made a browser send.
 */
class CrossOriginProtectionTests {

	private final CrossOriginProtection protection = new CrossOriginProtection(
			new org.springframework.boot.context.properties.bind.Binder(
					new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(
							java.util.Map.of("site.base-url", "https://www.painwise.example")))
				.bind("site", SiteProperties.class)
				.orElseGet(() -> null));

	@ParameterizedTest
	@CsvSource(nullValues = "-", value = {
			// Sec-Fetch-Site, Origin, scheme, host, port
			"same-origin, https://evil.example, http, localhost, 8080", "none, -, http, localhost, 8080",
			"-, http://localhost:8080, http, localhost, 8080", "-, HTTP://LOCALHOST:8080, http, localhost, 8080",
			"-, https://www.painwise.example, http, 10.0.0.5, 8080", "-, http://localhost, http, localhost, 80",
			"-, -, http, localhost, 8080" })
	void accepted(String fetchSite, String origin, String scheme, String host, int port) {
		assertThatCode(() -> protection.check(request(fetchSite, origin, scheme, host, port)))
			.doesNotThrowAnyException();
	}

	@ParameterizedTest
	@CsvSource(nullValues = "-",
			value = { "cross-site, http://localhost:8080, http, localhost, 8080",
					"same-site, https://forum.painwise.example, https, www.painwise.example, 443",
					"-, https://evil.example, http, localhost, 8080", "-, http://localhost:8081, http, localhost, 8080",
					"-, https://localhost:8080, http, localhost, 8080", "-, null, http, localhost, 8080" })
	void refused(String fetchSite, String origin, String scheme, String host, int port) {
		assertThatThrownBy(() -> protection.check(request(fetchSite, origin, scheme, host, port)))
			.isInstanceOf(CrossSiteRequestRefused.class);
	}

	private static MockHttpServletRequest request(String fetchSite, String origin, String scheme, String host,
			int port) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/articles/x/comments");
		request.setScheme(scheme);
		request.setServerName(host);
		request.setServerPort(port);
		if (fetchSite != null) {
			request.addHeader("Sec-Fetch-Site", fetchSite);
		}
		if (origin != null) {
			request.addHeader("Origin", origin);
		}
		return request;
	}

}
