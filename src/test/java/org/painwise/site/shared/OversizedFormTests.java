package org.painwise.site.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.painwise.site.ServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form far over any limit, sent to a real server, gets the site's 413 page rather than
 * an error or a confusing "form expired" page.
 */
@ServerTest
class OversizedFormTests {

	@LocalServerPort
	int port;

	@Test
	void aOneMegabyteCommentIsRefusedWithAClearPage() throws Exception {
		String form = "name=Big&email=big%40example.com&consent=yes&body=" + "x".repeat(1_000_000);
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/articles/pregabalin/comments"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("That was too much for us to accept in one go")
			.contains("Skip to main content");
	}

}
