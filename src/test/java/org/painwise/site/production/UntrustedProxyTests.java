package org.painwise.site.production;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.painwise.site.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing is trusted by default: the same headers, sent by anyone, are ignored. */
@ServerTest
class UntrustedProxyTests extends BehindAProxy {

	@Test
	void forwardedHeadersFromAnUntrustedAddressAreIgnored() throws Exception {
		HttpResponse<String> vote = voteThroughProxy("pregabalin");

		assertThat(vote.statusCode()).isEqualTo(302);
		assertThat(lastVoteAddressHash("pregabalin")).isNotEqualTo(addresses.hashOf(VISITOR))
			.isIn(addresses.hashOf("127.0.0.1"), addresses.hashOf("0:0:0:0:0:0:0:1"));
		assertThat(visitorCookie(vote)).doesNotContain("Secure");
		assertThat(pageThroughProxy("/articles").headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

}
