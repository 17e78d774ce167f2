package org.painwise.site.production;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.painwise.site.TestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The production profile: every cookie Secure, and named with the __Host- prefix. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.tomcat.remoteip.internal-proxies=127\\\\.0\\\\.0\\\\.1|0:0:0:0:0:0:0:1")
@Import(TestDatabase.class)
@ActiveProfiles({ "dev", "production" })
class ProductionCookiesTests extends BehindAProxy {

	@Test
	void cookiesAreSecureAndHostOnly() throws Exception {
		HttpResponse<String> vote = voteThroughProxy("nortriptyline");

		assertThat(visitorCookie(vote)).startsWith("__Host-pw_visitor=")
			.contains("Secure")
			.contains("Path=/")
			.doesNotContainIgnoringCase("Domain=");
		// the staff sign-in form's token cookie too
		assertThat(pageThroughProxy("/login").headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("__Host-XSRF-TOKEN=").contains("Secure"));
	}

}
