package org.painwise.site.production;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.painwise.site.TestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The proxy at 127.0.0.1 is trusted: its headers are believed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.tomcat.remoteip.internal-proxies=127\\\\.0\\\\.0\\\\.1|0:0:0:0:0:0:0:1")
@Import(TestDatabase.class)
@ActiveProfiles("dev")
class TrustedProxyTests extends BehindAProxy {

	@Test
	void theVisitorsAddressCountsAndTheirCookiesAreSecure() throws Exception {
		HttpResponse<String> vote = voteThroughProxy("amitriptyline");

		assertThat(vote.statusCode()).isEqualTo(302);
		assertThat(lastVoteAddressHash("amitriptyline")).isEqualTo(addresses.hashOf(VISITOR));
		assertThat(visitorCookie(vote)).startsWith("pw_visitor=").contains("Secure").contains("HttpOnly");
	}

	@Test
	void hstsReachesReaders() throws Exception {
		assertThat(pageThroughProxy("/articles").headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
		// twice: the second answer comes from the page cache, with the same headers
		assertThat(pageThroughProxy("/articles").headers().firstValue("Strict-Transport-Security")).isPresent();
	}

}
