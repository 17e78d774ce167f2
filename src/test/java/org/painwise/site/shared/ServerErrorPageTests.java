package org.painwise.site.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.painwise.site.FailingPage;
import org.painwise.site.ServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page that fails unexpectedly shows the site's own 500 page, in the site's layout,
 * with status 500 and nothing of the exception: no stack trace, no class names, no
 * message.
 */
@ServerTest
class ServerErrorPageTests {

	@LocalServerPort
	int port;

	@Test
	void anUnexpectedExceptionShowsTheSitesErrorPageAndNothingOfTheException() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + FailingPage.PATH))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body())
			.contains("<title>Sorry, something went wrong", "Sorry, something went wrong on our side",
					"This is a problem with our site, not with anything you did.")
			.as("in the site's layout")
			.contains("Skip to main content", "class=\"site-header\"", "class=\"site-footer\"")
			.as("nothing of the exception")
			.doesNotContain(FailingPage.SECRET, "IllegalStateException", "Exception", "at org.", "java.lang",
					"FailingPage", "trace");
	}

}
